/** Maps items with an async function, at most `concurrency` at a time; results keep the input order. */
export async function mapWithConcurrency<T, R>(options: { items: readonly T[]; concurrency: number; map: (item: T) => Promise<R> }): Promise<R[]> {
  const { items, map } = options;
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, items.length) }, worker));
  return results;
}
