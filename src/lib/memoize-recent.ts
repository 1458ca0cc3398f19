/** A memoized function; `forget` drops what it keeps for one input (e.g. a failed promise). */
export interface RecentMemo<I, T> {
  (input: I): T;
  forget(input: I): void;
  /** Drops everything kept, e.g. when what the function reads has changed. */
  clear(): void;
}

/**
 * Wraps a pure function so that its results for recently used inputs are kept: at most
 * `maxEntries`, the least recently used dropped first. Questions, words and passage sentences recur
 * across turns; their analyses need not be redone for each one. Inputs other than strings need a
 * `key` (e.g. JSON.stringify). The project's one LRU.
 */
export function memoizeRecent<T>(compute: (input: string) => T, options: { maxEntries: number }): RecentMemo<string, T>;
export function memoizeRecent<I, T>(compute: (input: I) => T, options: { maxEntries: number; key: (input: I) => string }): RecentMemo<I, T>;
export function memoizeRecent<I, T>(compute: (input: I) => T, options: { maxEntries: number; key?: (input: I) => string }): RecentMemo<I, T> {
  const { maxEntries } = options;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
  const keyOf = options.key ?? ((input: I) => input as unknown as string);
  const kept = new Map<string, T>();
  const memo = (input: I): T => {
    const key = keyOf(input);
    if (kept.has(key)) {
      const value = kept.get(key) as T;
      // Re-inserting moves the entry to the end: Map iteration order is the recency order.
      kept.delete(key);
      kept.set(key, value);
      return value;
    }
    const value = compute(input);
    if (kept.size >= maxEntries) kept.delete(kept.keys().next().value!);
    kept.set(key, value);
    return value;
  };
  return Object.assign(memo, { forget: (input: I) => void kept.delete(keyOf(input)), clear: () => kept.clear() });
}
