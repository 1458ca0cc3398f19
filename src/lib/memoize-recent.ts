/**
 * Wraps a pure function of a string so that its results for recently used inputs are kept: at most
 * `maxEntries`, the least recently used dropped first. Questions, words and passage sentences recur
 * across turns; their analyses need not be redone for each one.
 */
export function memoizeRecent<T>(compute: (input: string) => T, options: { maxEntries: number }): (input: string) => T {
  const { maxEntries } = options;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
  const kept = new Map<string, T>();
  return (input: string): T => {
    if (kept.has(input)) {
      const value = kept.get(input) as T;
      // Re-inserting moves the entry to the end: Map iteration order is the recency order.
      kept.delete(input);
      kept.set(input, value);
      return value;
    }
    const value = compute(input);
    if (kept.size >= maxEntries) kept.delete(kept.keys().next().value!);
    kept.set(input, value);
    return value;
  };
}
