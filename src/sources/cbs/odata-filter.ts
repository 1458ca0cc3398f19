import type { CbsFilter } from './cbs-types.ts';

/** Quotes a code as an OData string literal (a single quote is doubled). */
export function quoteODataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Builds the `$filter` expression the CBS API expects, in the style of the recorded requests:
 * `Measure eq 'M000352' and (RegioS eq 'GM0344' or RegioS eq 'GM0518') and Perioden eq '2023JJ00'`.
 * Dimensions without codes (undefined) are not filtered; an empty list matches nothing and is rejected.
 */
export function buildODataFilter(filter: CbsFilter): string {
  const clauses: string[] = [];
  for (const [dimension, codes] of Object.entries(filter)) {
    if (codes === undefined) continue;
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(dimension)) {
      throw new Error(`invalid dimension identifier: ${dimension}`);
    }
    const unique = [...new Set(codes.map((code) => code.trim()))];
    if (unique.length === 0) throw new Error(`empty filter for dimension ${dimension}`);
    const terms = unique.map((code) => `${dimension} eq ${quoteODataString(code)}`);
    clauses.push(terms.length === 1 ? (terms[0] as string) : `(${terms.join(' or ')})`);
  }
  return clauses.join(' and ');
}

/** Appends query parameters; `$` keys stay literal, values are percent-encoded. */
export function withQuery(url: string, parameters: Record<string, string | undefined>): string {
  const parts = Object.entries(parameters)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  if (parts.length === 0) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${parts.join('&')}`;
}
