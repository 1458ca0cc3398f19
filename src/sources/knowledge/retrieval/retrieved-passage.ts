import type { Chunk } from '../document.ts';

/** A passage the search returns, with how it was found. */
export interface RetrievedPassage {
  chunk: Chunk;
  /** Fused relevance (reciprocal rank fusion). */
  score: number;
  /** BM25 score, 0 when the lexical side did not find the passage. */
  lexicalScore: number;
  /** Cosine similarity of the query and passage vectors. */
  similarity: number;
  /** Not found by the search: the chunk next to a found passage of one of the best documents, added as its context (scores 0). */
  context?: true;
}
