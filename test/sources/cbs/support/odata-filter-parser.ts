/**
 * Test-side parser for the `$filter` expressions the client sends:
 * clauses joined by ` and `, each `Dim eq 'code'` or `(Dim eq 'a' or Dim eq 'b')`.
 * Anything else is rejected, so a test fails when the client builds a filter CBS would not expect.
 */
export type ParsedFilter = Map<string, Set<string>>;

export function parseODataFilter(expression: string): ParsedFilter {
  const parsed: ParsedFilter = new Map();
  for (const clause of splitTopLevel(expression, ' and ')) {
    const inner = clause.startsWith('(') && clause.endsWith(')') ? clause.slice(1, -1) : clause;
    for (const term of splitTopLevel(inner, ' or ')) {
      const match = /^([A-Za-z][A-Za-z0-9_]*) eq '((?:[^']|'')*)'$/.exec(term.trim());
      if (!match) throw new Error(`unsupported filter term: ${term}`);
      const dimension = match[1] as string;
      const code = (match[2] as string).replaceAll("''", "'");
      const codes = parsed.get(dimension) ?? new Set<string>();
      codes.add(code);
      parsed.set(dimension, codes);
    }
  }
  return parsed;
}

export function rowMatches(row: Record<string, unknown>, filter: ParsedFilter): boolean {
  for (const [dimension, codes] of filter) {
    const value = row[dimension];
    if (typeof value !== 'string' || !codes.has(value.trim())) return false;
  }
  return true;
}

function splitTopLevel(expression: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inQuote = false;
  let start = 0;
  for (let index = 0; index < expression.length; index += 1) {
    const char = expression[index];
    if (char === "'") inQuote = !inQuote;
    if (inQuote) continue;
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth === 0 && expression.startsWith(separator, index)) {
      parts.push(expression.slice(start, index));
      start = index + separator.length;
      index += separator.length - 1;
    }
  }
  parts.push(expression.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}
