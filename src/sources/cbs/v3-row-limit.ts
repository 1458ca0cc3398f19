import type { CbsFilter } from './cbs-types.ts';

/** The v3 ODataApi answers at most 10,000 rows per request (and fails beyond); stay below it. */
export const V3_MAX_ROWS = 9_999;

/**
 * Splits a filter into filters whose row count (product of the code counts) stays within `maxRows`,
 * by cutting the dimension with the most codes into chunks. Returns null when the row count is unknown
 * because a table dimension is not filtered (then the bulk ODataFeed with paging must be used).
 */
export function splitFilterForRowLimit(options: {
  filter: CbsFilter;
  dimensions: string[];
  maxRows?: number | undefined;
}): CbsFilter[] | null {
  const maxRows = options.maxRows ?? V3_MAX_ROWS;
  const counts = new Map<string, number>();
  for (const dimension of options.dimensions) {
    const codes = options.filter[dimension];
    if (codes === undefined) return null;
    counts.set(dimension, new Set(codes).size);
  }
  const rows = [...counts.values()].reduce((product, count) => product * count, 1);
  if (rows <= maxRows) return [options.filter];

  const [largest] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!largest) return [options.filter];
  const [dimension, count] = largest;
  const rowsPerCode = rows / count;
  if (rowsPerCode > maxRows) {
    // Even one code of the largest dimension is too much: split it to one code and recurse on the rest.
    const codes = [...new Set(options.filter[dimension] ?? [])];
    return codes.flatMap(
      (code) =>
        splitFilterForRowLimit({
          filter: { ...options.filter, [dimension]: [code] },
          dimensions: options.dimensions.filter((other) => other !== dimension),
          maxRows,
        }) ?? [],
    );
  }
  const chunkSize = Math.max(1, Math.floor(maxRows / rowsPerCode));
  const codes = [...new Set(options.filter[dimension] ?? [])];
  const chunks: CbsFilter[] = [];
  for (let start = 0; start < codes.length; start += chunkSize) {
    chunks.push({ ...options.filter, [dimension]: codes.slice(start, start + chunkSize) });
  }
  return chunks;
}
