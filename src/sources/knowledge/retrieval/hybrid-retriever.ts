import type { Embedder } from '../embeddings/embedder.ts';
import type { KnowledgeIndex } from '../index/knowledge-index.ts';
import { dotProduct } from '../vector/dot-product.ts';
import { clearLexicalHits, withClearLexicalHits } from './clear-lexical-hits.ts';
import { maximalMarginalRelevance } from './maximal-marginal-relevance.ts';
import { createPassageSimilarity } from './passage-similarity.ts';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.ts';
import { withNeighbouringPassages, withWholeDocuments } from './neighbouring-passages.ts';
import type { Chunk } from '../document.ts';
import type { RetrievedPassage } from './retrieved-passage.ts';
import { matchesFilter, type RetrievalFilter } from './retrieval-filter.ts';

export type { RetrievedPassage };

export interface RetrieveOptions {
  query: string;
  limit?: number;
  filter?: RetrievalFilter;
  /** For the passages of this many best-ranked documents, also the chunks right before and after them, as context. */
  contextDocuments?: number;
  /** Every chunk of this many best-ranked documents, as context (after the found passages and their neighbours). */
  wholeDocuments?: number;
}

/** The retrieval interface the assistant depends on. */
export interface Retriever {
  retrieve(options: RetrieveOptions): Promise<RetrievedPassage[]>;
}

const CANDIDATES = 40;
/** The vector ranking's weight in the fusion, next to BM25's 1. */
const VECTOR_WEIGHT = 0.6;
/**
 * For a query in other words than the corpus (English over Dutch), an embedder that does not know
 * both languages matches the words, not the meaning: BM25 with the thesaurus's translations leads.
 */
const TRANSLATED_VECTOR_WEIGHT = 0.2;

/** BM25 and HNSW vector search fused with RRF, then diversified with MMR. */
export function createHybridRetriever(options: { index: KnowledgeIndex; embedder: Embedder }): Retriever {
  const { index, embedder } = options;
  const similarity = createPassageSimilarity((chunk) => index.vectorAt(index.positionOf(chunk.id)!));
  return {
    async retrieve({ query, limit = 6, filter, contextDocuments = 0, wholeDocuments = 0 }) {
      const accept = (position: number): boolean => matchesFilter(index.chunks[position]!, filter);
      const lexicalHits = index.lexical.search({
        query,
        limit: CANDIDATES,
        filter: filter ? (id: string) => accept(index.positionOf(id) ?? -1) : undefined,
      });
      const queryVector = await embedder.embedQuery(query);
      const queryArray = Float32Array.from(queryVector);
      const vectorHits = index.vectorIndex
        .search({ vector: queryVector, limit: filter ? CANDIDATES * 4 : CANDIDATES })
        .filter((hit) => accept(hit.position))
        .slice(0, CANDIDATES);

      const lexicalScores = new Map(lexicalHits.map((hit) => [hit.id, hit.score]));
      const fused = reciprocalRankFusion({
        rankings: [lexicalHits.map((hit) => hit.id), vectorHits.map((hit) => index.chunks[hit.position]!.id)],
        weights: [1, index.lexical.translates(query) && !embedder.multilingual ? TRANSLATED_VECTOR_WEIGHT : VECTOR_WEIGHT],
      });
      const passageOf = (id: string): RetrievedPassage => {
        const position = index.positionOf(id)!;
        return { chunk: index.chunks[position]!, score: fused.get(id) ?? 0, lexicalScore: lexicalScores.get(id) ?? 0, similarity: dotProduct(queryArray, index.vectorAt(position)) };
      };
      const candidates = [...fused.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit * 3)
        .map(([id, score]) => ({ item: passageOf(id), relevance: score }));
      const diverse = maximalMarginalRelevance({ candidates, similarity: (a, b) => similarity(a.chunk, b.chunk), limit }).map((c) => c.item);
      const found = withClearLexicalHits(diverse, clearLexicalHits(lexicalHits).map((hit) => passageOf(hit.id)), limit);
      const reading = { chunkAt: (docId: string, ordinal: number) => index.chunkAt(docId, ordinal), accept: (chunk: Chunk) => matchesFilter(chunk, filter) };
      const withNeighbours = contextDocuments === 0 ? found : withNeighbouringPassages(found, { documents: contextDocuments, ...reading });
      return wholeDocuments === 0 ? withNeighbours : withWholeDocuments(withNeighbours, { documents: wholeDocuments, ...reading });
    },
  };
}
