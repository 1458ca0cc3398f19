export interface MmrCandidate<T> {
  item: T;
  relevance: number;
  vector: ArrayLike<number>;
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
  const remaining = [...candidates];
  const picked: MmrCandidate<T>[] = [];
  while (picked.length < limit && remaining.length > 0) {
    let bestIndex = 0;
    let bestScore = -Infinity;
    remaining.forEach((candidate, index) => {
      const redundancy = picked.length === 0 ? 0 : Math.max(...picked.map((p) => cosine(p.vector, candidate.vector)));
      const score = lambda * (candidate.relevance / maxRelevance) - (1 - lambda) * redundancy;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = index;
      }
    });
    picked.push(...remaining.splice(bestIndex, 1));
  }
  return picked;
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
