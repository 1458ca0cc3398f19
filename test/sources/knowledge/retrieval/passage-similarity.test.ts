import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../../../src/sources/knowledge/document.ts';
import { createPassageSimilarity } from '../../../../src/sources/knowledge/retrieval/passage-similarity.ts';

const chunk = (id: string) => ({ id }) as Chunk;

describe('createPassageSimilarity', () => {
  const vectors = new Map<string, Float32Array>([
    ['a', Float32Array.of(3, 4)],
    ['b', Float32Array.of(4, 3)],
    ['zero', Float32Array.of(0, 0)],
  ]);

  it('gives the cosine of the two vectors, the same either way round, and 0 for an empty vector', () => {
    const similarity = createPassageSimilarity((c) => vectors.get(c.id)!);
    const [a, b, zero] = [chunk('a'), chunk('b'), chunk('zero')];
    expect(similarity(a, b)).toBeCloseTo(24 / 25, 6);
    expect(similarity(b, a)).toBeCloseTo(24 / 25, 6);
    expect(similarity(a, a)).toBeCloseTo(1, 6);
    expect(similarity(a, zero)).toBe(0);
  });

  it('reads the vectors of a pair once, however often the pair is asked for', () => {
    const reads: string[] = [];
    const similarity = createPassageSimilarity((c) => {
      reads.push(c.id);
      return vectors.get(c.id)!;
    });
    const [a, b] = [chunk('a'), chunk('b')];
    similarity(a, b);
    const afterFirst = reads.length;
    similarity(b, a);
    similarity(a, b);
    expect(reads.length).toBe(afterFirst);
  });

  it('computes afresh for a re-indexed chunk with the same id (a new object)', () => {
    const similarity = createPassageSimilarity((c) => (c as Chunk & { v: Float32Array }).v);
    const a = { id: 'a', v: Float32Array.of(1, 0) } as unknown as Chunk;
    const b = { id: 'b', v: Float32Array.of(1, 0) } as unknown as Chunk;
    expect(similarity(a, b)).toBeCloseTo(1, 6);
    const changedB = { id: 'b', v: Float32Array.of(0, 1) } as unknown as Chunk;
    expect(similarity(a, changedB)).toBeCloseTo(0, 6);
  });
});
