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
