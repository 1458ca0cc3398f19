import type { RetrievedPassage } from './retrieved-passage.ts';

/** BM25's best passages that search always returns: its first, and the next ones scoring close to it. */
const KEPT_LEXICAL_HITS = 2;
/** A passage BM25 scores this close to its best is as clear a match. */
const CLOSE_TO_BEST_LEXICAL = 0.75;

export function clearLexicalHits(hits: readonly { id: string; score: number }[]): { id: string; score: number }[] {
  const best = hits[0]?.score ?? 0;
  return hits.slice(0, KEPT_LEXICAL_HITS).filter((hit, rank) => rank === 0 || hit.score >= CLOSE_TO_BEST_LEXICAL * best);
}

/**
 * BM25's clearest matches are always among the results: fusion and diversity may rank them lower,
 * not drop them (an English question's vector ranking, which matches words rather than meaning, can
 * outvote the passages that hold all its translated words). Missing ones take the last places.
 */
export function withClearLexicalHits(found: RetrievedPassage[], clear: RetrievedPassage[], limit: number): RetrievedPassage[] {
  const missing = clear.filter((passage) => !found.some((p) => p.chunk.id === passage.chunk.id));
  if (missing.length === 0) return found;
  const kept = found.filter((p) => clear.some((c) => c.chunk.id === p.chunk.id));
  const others = found.filter((p) => !kept.includes(p)).slice(0, Math.max(0, limit - kept.length - missing.length));
  return [...found.filter((p) => kept.includes(p) || others.includes(p)), ...missing];
}
