import type { Chunk, LoadedDocument } from '../document.ts';
import { packSection } from './chunking/pack-section.ts';
import { shortHash } from './chunking/short-hash.ts';
import { sectionParagraphs } from './chunking/text-unit.ts';

export const DEFAULT_MAX_CHUNK_CHARS = 900;
export const DEFAULT_CHUNK_OVERLAP_CHARS = 150;

export interface ChunkDocumentOptions {
  document: LoadedDocument;
  /** Caller-chosen document id, the prefix of every chunk id. */
  docId: string;
  /** Upper bound of a chunk's text length, overlap included. Default 900. */
  maxChars?: number;
  /** Upper bound of the repeated sentences at the start of a follow-up chunk. Default 150, at most maxChars / 2. */
  overlapChars?: number;
}

/**
 * Splits a document into retrievable chunks, section by section: text under different heading
 * paths never shares a chunk, the heading itself is left to `headingPath`, and ids
 * (`<docId>#<ordinal>-<hash>`) depend only on the document content.
 */
export function chunkDocument({
  document,
  docId,
  maxChars = DEFAULT_MAX_CHUNK_CHARS,
  overlapChars = DEFAULT_CHUNK_OVERLAP_CHARS,
}: ChunkDocumentOptions): Chunk[] {
  if (!Number.isFinite(maxChars) || maxChars < 20) throw new RangeError(`maxChars must be at least 20, got ${maxChars}`);
  const overlap = Math.max(0, Math.min(overlapChars, Math.floor(maxChars / 2)));
  const chunks: Chunk[] = [];
  for (const section of document.sections) {
    const paragraphs = sectionParagraphs(section.text, maxChars);
    for (const text of packSection({ paragraphs, maxChars, overlapChars: overlap })) {
      if (!/\p{L}/u.test(text)) continue;
      const ordinal = chunks.length;
      chunks.push({
        id: `${docId}#${ordinal}-${shortHash(...section.headingPath, text)}`,
        docId,
        source: document.source,
        ordinal,
        headingPath: [...section.headingPath],
        text,
        metadata: document.metadata,
      });
    }
  }
  return chunks;
}
