import { describe, expect, it } from 'vitest';
import { memoizeRecent } from '../../src/lib/memoize-recent.ts';

describe('memoizeRecent', () => {
  const counting = () => {
    const calls: string[] = [];
    const fn = memoizeRecent((input: string) => {
      calls.push(input);
      return input.toUpperCase();
    }, { maxEntries: 2 });
    return { calls, fn };
  };

  it('computes each input once while it is kept', () => {
    const { calls, fn } = counting();
    expect([fn('a'), fn('a'), fn('b'), fn('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('drops the least recently used input when full', () => {
    const { calls, fn } = counting();
    fn('a');
    fn('b');
    fn('a'); // a is now more recent than b
    fn('c'); // drops b
    fn('a');
    fn('b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps undefined results as results', () => {
    let calls = 0;
    const fn = memoizeRecent(() => {
      calls++;
      return undefined;
    }, { maxEntries: 4 });
    fn('x');
    fn('x');
    expect(calls).toBe(1);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => memoizeRecent((s) => s, { maxEntries: 0 })).toThrow(RangeError);
    expect(() => memoizeRecent((s) => s, { maxEntries: 1.5 })).toThrow(RangeError);
  });

  it('keys other inputs by `key` and forgets one input on request', () => {
    let calls = 0;
    const area = memoizeRecent((size: { w: number; h: number }) => {
      calls++;
      return size.w * size.h;
    }, { maxEntries: 2, key: (size) => `${size.w}x${size.h}` });
    expect(area({ w: 2, h: 3 })).toBe(6);
    expect(area({ w: 2, h: 3 })).toBe(6);
    expect(calls).toBe(1);
    area.forget({ w: 2, h: 3 });
    expect(area({ w: 2, h: 3 })).toBe(6);
    expect(calls).toBe(2);
  });
});
