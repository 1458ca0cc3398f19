import MiniSearch from 'minisearch';
import type { Chunk } from '../src/sources/knowledge/document.ts';

/** The plain BM25 baseline: MiniSearch over the same chunks, tuned (title boost, prefix, light fuzziness, folding). */
export function createMiniSearchBaseline(chunks: readonly Chunk[]): { search: (query: string, limit: number) => string[] } {
  const fold = (term: string) => term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const index = new MiniSearch<{ id: string; title: string; headings: string; text: string }>({
    fields: ['title', 'headings', 'text'],
    processTerm: (term) => (term.length < 2 ? null : fold(term)),
    searchOptions: { boost: { title: 2, headings: 1.5 }, prefix: true, fuzzy: 0.1, combineWith: 'OR' },
  });
  index.addAll(chunks.map((c) => ({ id: c.id, title: c.metadata.title, headings: c.headingPath.join(' '), text: c.text })));
  return { search: (query, limit) => index.search(query).slice(0, limit).map((hit) => String(hit.id)) };
}
