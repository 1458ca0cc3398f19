import type { Chunk } from '../document.ts';
import type { RetrievedPassage } from './retrieved-passage.ts';

/**
 * Adds, for the passages of the best-ranked documents, the chunks right before and after them in their
 * document, each placed after the passage it neighbours and marked as context. A section's answer can
 * stand in the chunk next to the one the search found ("Waarom zet de JA een K&I-punt op?" under the
 * passage that names the K&I-punt in full), as a reader of the document would see it.
 */
export function withNeighbouringPassages(
  passages: readonly RetrievedPassage[],
  options: { documents: number; chunkAt: (docId: string, ordinal: number) => Chunk | undefined; accept: (chunk: Chunk) => boolean },
): RetrievedPassage[] {
  const bestDocuments = [...new Set(passages.map((p) => p.chunk.docId))].slice(0, options.documents);
  const present = new Set(passages.map((p) => p.chunk.id));
  const result: RetrievedPassage[] = [];
  for (const passage of passages) {
    result.push(passage);
    if (passage.context || !bestDocuments.includes(passage.chunk.docId)) continue;
    for (const ordinal of [passage.chunk.ordinal - 1, passage.chunk.ordinal + 1]) {
      const chunk = options.chunkAt(passage.chunk.docId, ordinal);
      if (!chunk || present.has(chunk.id) || !options.accept(chunk)) continue;
      present.add(chunk.id);
      result.push({ chunk, score: 0, lexicalScore: 0, similarity: 0, context: true });
    }
  }
  return result;
}

/** A document is read whole up to this many chunks. */
const MAX_DOCUMENT_CHUNKS = 60;

/**
 * Adds every chunk of the best-ranked documents that the search did not find, after the found passages
 * and marked as context: asked for the advantages of a variant, the section that lists them ("Beloften
 * van taakgericht werken") need not share a word with the question, yet a reader of the document finds it.
 */
export function withWholeDocuments(
  passages: readonly RetrievedPassage[],
  options: { documents: number; chunkAt: (docId: string, ordinal: number) => Chunk | undefined; accept: (chunk: Chunk) => boolean },
): RetrievedPassage[] {
  const bestDocuments = [...new Set(passages.filter((p) => !p.context).map((p) => p.chunk.docId))].slice(0, options.documents);
  const present = new Set(passages.map((p) => p.chunk.id));
  const added: RetrievedPassage[] = [];
  for (const docId of bestDocuments) {
    for (let ordinal = 0; ordinal < MAX_DOCUMENT_CHUNKS; ordinal++) {
      const chunk = options.chunkAt(docId, ordinal);
      if (!chunk) break;
      if (present.has(chunk.id) || !options.accept(chunk)) continue;
      present.add(chunk.id);
      added.push({ chunk, score: 0, lexicalScore: 0, similarity: 0, context: true });
    }
  }
  return [...passages, ...added];
}
