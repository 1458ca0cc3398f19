import { describe, expect, it } from 'vitest';
import { maximalMarginalRelevance } from '../../../../src/sources/knowledge/retrieval/maximal-marginal-relevance.ts';
import { reciprocalRankFusion } from '../../../../src/sources/knowledge/retrieval/reciprocal-rank-fusion.ts';

/** Items named after their 2-d direction; similarity is the cosine of the directions. */
const DIRECTIONS: Record<string, [number, number]> = { a: [1, 0], 'a-copy': [1, 0.01], 'a-same': [1, 0], b: [0, 1] };
const cosine = (x: string, y: string) => {
  const [a, b] = [DIRECTIONS[x]!, DIRECTIONS[y]!];
  return (a[0] * b[0] + a[1] * b[1]) / (Math.hypot(...a) * Math.hypot(...b));
};

describe('maximalMarginalRelevance', () => {
  it('skips a near-duplicate of the first pick in favour of a different, slightly less relevant item', () => {
    const picked = maximalMarginalRelevance({
      candidates: [
        { item: 'a', relevance: 1.0 },
        { item: 'a-copy', relevance: 0.95 },
        { item: 'b', relevance: 0.8 },
      ],
      similarity: cosine,
      limit: 2,
      lambda: 0.6,
    });
    expect(picked.map((c) => c.item)).toEqual(['a', 'b']);
  });

  it('keeps relevance order when lambda is 1', () => {
    const picked = maximalMarginalRelevance({
      candidates: [
        { item: 'a', relevance: 1 },
        { item: 'a-same', relevance: 0.9 },
      ],
      similarity: cosine,
      limit: 2,
      lambda: 1,
    });
    expect(picked.map((c) => c.item)).toEqual(['a', 'a-same']);
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
