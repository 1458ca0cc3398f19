import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dotProduct } from '../../../../src/sources/knowledge/vector/dot-product.ts';

describe('dotProduct', () => {
  it('sums the products, including the elements after the last group of four', () => {
    expect(dotProduct(Float32Array.of(1, 2, 3, 4, 5, 6), Float32Array.of(1, 1, 1, 1, 1, 2))).toBe(27);
    expect(dotProduct(Float32Array.of(3), Float32Array.of(-2))).toBe(-6);
    expect(dotProduct(new Float32Array(0), new Float32Array(0))).toBe(0);
  });

  it('agrees with the plain loop on random vectors', () => {
    const vector = fc.array(fc.float({ min: -1, max: 1, noNaN: true }), { maxLength: 40 });
    fc.assert(
      fc.property(vector, vector, (x, y) => {
        const a = Float32Array.from(x);
        const b = Float32Array.from(y);
        let plain = 0;
        for (let i = 0; i < Math.min(a.length, b.length); i++) plain += a[i]! * b[i]!;
        expect(dotProduct(a, b)).toBeCloseTo(plain, 9);
      }),
    );
  });
});
