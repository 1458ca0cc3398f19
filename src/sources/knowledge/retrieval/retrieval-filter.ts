import type { Chunk, DocumentType } from '../document.ts';

/** Metadata filters on retrieval: document type and gemeente. */
export interface RetrievalFilter {
  types?: DocumentType[];
  gemeenten?: string[];
}

export function matchesFilter(chunk: Chunk, filter: RetrievalFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.types?.length && !(chunk.metadata.type && filter.types.includes(chunk.metadata.type))) return false;
  if (filter.gemeenten?.length) {
    const wanted = new Set(filter.gemeenten.map((g) => g.toLowerCase()));
    if (!chunk.metadata.gemeenten.some((g) => wanted.has(g.toLowerCase()))) return false;
  }
  return true;
}
