export interface MmrCandidate<T> {
  item: T;
  relevance: number;
}

/**
 * Maximal marginal relevance: picks items one by one, trading relevance against similarity to
 * what was already picked, so that the top passages are not near-duplicates of each other.
 * `relevance` is normalised to [0, 1] internally; lambda = 1 means relevance only.
 */
export function maximalMarginalRelevance<T>(options: {
  candidates: MmrCandidate<T>[];
  /** Similarity of two items, e.g. the cosine of their vectors. */
  similarity: (a: T, b: T) => number;
  limit: number;
  lambda?: number;
}): MmrCandidate<T>[] {
  const { candidates, similarity, limit } = options;
  const lambda = options.lambda ?? 0.75;
  const maxRelevance = Math.max(...candidates.map((c) => c.relevance), Number.EPSILON);
  // Highest similarity of each candidate to anything picked so far, updated with each new pick only.
  const redundancy = new Float64Array(candidates.length);
  const taken = new Uint8Array(candidates.length);
  const picked: MmrCandidate<T>[] = [];
  while (picked.length < Math.min(limit, candidates.length)) {
    let bestIndex = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      if (taken[i]) continue;
      const score = lambda * (candidates[i]!.relevance / maxRelevance) - (1 - lambda) * redundancy[i]!;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = i;
      }
    }
    const chosen = candidates[bestIndex]!;
    taken[bestIndex] = 1;
    picked.push(chosen);
    if (picked.length === limit) break;
    for (let i = 0; i < candidates.length; i++) {
      if (taken[i]) continue;
      const s = similarity(chosen.item, candidates[i]!.item);
      if (s > redundancy[i]!) redundancy[i] = s;
    }
  }
  return picked;
}
