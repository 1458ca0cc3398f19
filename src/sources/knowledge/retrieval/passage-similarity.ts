import type { Chunk } from '../document.ts';
import { dotProduct } from '../vector/dot-product.ts';

/** At most this many pairs are kept; then the memory starts over. */
const MAX_PAIRS = 250_000;

/**
 * The cosine similarity of two passages' vectors, as MMR needs it for every pair of candidates.
 * The same passages come back together for related questions, so each pair is computed once and
 * kept (keyed by the chunk objects: a re-indexed chunk is a new object, so nothing goes stale).
 */
export function createPassageSimilarity(vectorOf: (chunk: Chunk) => Float32Array): (a: Chunk, b: Chunk) => number {
  const norms = new WeakMap<Chunk, number>();
  let pairs = new WeakMap<Chunk, Map<Chunk, number>>();
  let pairCount = 0;
  const normOf = (chunk: Chunk): number => {
    let norm = norms.get(chunk);
    if (norm === undefined) {
      const vector = vectorOf(chunk);
      norm = Math.sqrt(dotProduct(vector, vector));
      norms.set(chunk, norm);
    }
    return norm;
  };
  return (a, b) => {
    const [first, second] = a.id <= b.id ? [a, b] : [b, a];
    let known = pairs.get(first);
    const kept = known?.get(second);
    if (kept !== undefined) return kept;
    const norm = normOf(first) * normOf(second);
    const similarity = norm === 0 ? 0 : dotProduct(vectorOf(first), vectorOf(second)) / norm;
    if (pairCount >= MAX_PAIRS) {
      pairs = new WeakMap();
      pairCount = 0;
      known = undefined;
    }
    if (!known) {
      known = new Map();
      pairs.set(first, known);
    }
    known.set(second, similarity);
    pairCount++;
    return similarity;
  };
}
