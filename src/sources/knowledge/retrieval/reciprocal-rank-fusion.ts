/**
 * Reciprocal rank fusion: each ranked list contributes 1 / (k + rank) per item.
 * Robust to the different score scales of BM25 and cosine similarity.
 */
export function reciprocalRankFusion(options: { rankings: string[][]; k?: number; weights?: number[] }): Map<string, number> {
  const k = options.k ?? 60;
  const fused = new Map<string, number>();
  options.rankings.forEach((ranking, listIndex) => {
    const weight = options.weights?.[listIndex] ?? 1;
    ranking.forEach((id, rank) => fused.set(id, (fused.get(id) ?? 0) + weight / (k + rank + 1)));
  });
  return fused;
}
