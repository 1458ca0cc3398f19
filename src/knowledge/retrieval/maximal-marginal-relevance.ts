import { dotProduct } from '../vector/dot-product.ts';
export interface MmrCandidate<T> {
  item: T;
  relevance: number;
  vector: Float32Array;
}

/**
 * Maximal marginal relevance: picks items one by one, trading relevance against similarity to
 * what was already picked, so that the top passages are not near-duplicates of each other.
 * `relevance` is normalised to [0, 1] internally; lambda = 1 means relevance only.
 */
export function maximalMarginalRelevance<T>(options: { candidates: MmrCandidate<T>[]; limit: number; lambda?: number }): MmrCandidate<T>[] {
  const { candidates, limit } = options;
  const lambda = options.lambda ?? 0.75;
  const maxRelevance = Math.max(...candidates.map((c) => c.relevance), Number.EPSILON);
  const norms = candidates.map((c) => Math.sqrt(dotProduct(c.vector, c.vector)));
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
      const norm = norms[i]! * norms[bestIndex]!;
      const similarity = norm === 0 ? 0 : dotProduct(chosen.vector, candidates[i]!.vector) / norm;
      if (similarity > redundancy[i]!) redundancy[i] = similarity;
    }
  }
  return picked;
}
