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
  // Highest similarity of each remaining candidate to anything picked so far, updated with each new pick only.
  const redundancy = new Array<number>(remaining.length).fill(0);
  const picked: MmrCandidate<T>[] = [];
  while (picked.length < limit && remaining.length > 0) {
    let bestIndex = 0;
    let bestScore = -Infinity;
    remaining.forEach((candidate, index) => {
      const score = lambda * (candidate.relevance / maxRelevance) - (1 - lambda) * redundancy[index]!;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = index;
      }
    });
    const [chosen] = remaining.splice(bestIndex, 1);
    redundancy.splice(bestIndex, 1);
    picked.push(chosen!);
    remaining.forEach((candidate, index) => {
      redundancy[index] = Math.max(redundancy[index]!, cosine(chosen!.vector, candidate.vector));
    });
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
