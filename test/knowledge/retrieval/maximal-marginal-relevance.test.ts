import { describe, expect, it } from 'vitest';
import { maximalMarginalRelevance } from '../../../src/knowledge/retrieval/maximal-marginal-relevance.ts';
import { reciprocalRankFusion } from '../../../src/knowledge/retrieval/reciprocal-rank-fusion.ts';

describe('maximalMarginalRelevance', () => {
  it('skips a near-duplicate of the first pick in favour of a different, slightly less relevant item', () => {
    const picked = maximalMarginalRelevance({
      candidates: [
        { item: 'a', relevance: 1.0, vector: Float32Array.of(1, 0) },
        { item: 'a-copy', relevance: 0.95, vector: Float32Array.of(1, 0.01) },
        { item: 'b', relevance: 0.8, vector: Float32Array.of(0, 1) },
      ],
      limit: 2,
      lambda: 0.6,
    });
    expect(picked.map((c) => c.item)).toEqual(['a', 'b']);
  });

  it('keeps relevance order when lambda is 1', () => {
    const picked = maximalMarginalRelevance({
      candidates: [
        { item: 'a', relevance: 1, vector: Float32Array.of(1, 0) },
        { item: 'a-copy', relevance: 0.9, vector: Float32Array.of(1, 0) },
      ],
      limit: 2,
      lambda: 1,
    });
    expect(picked.map((c) => c.item)).toEqual(['a', 'a-copy']);
  });
});

describe('reciprocalRankFusion', () => {
  it('ranks an item found by both lists above items found by one', () => {
    const fused = reciprocalRankFusion({ rankings: [['x', 'both'], ['both', 'y']] });
    const order = [...fused.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(order[0]).toBe('both');
    expect(fused.get('x')).toBeCloseTo(1 / 61);
  });
});
