import { describe, expect, it } from 'vitest';
import { buildODataFilter, withQuery } from '../../../src/sources/cbs/odata-filter.ts';
import { splitFilterForRowLimit } from '../../../src/sources/cbs/v3-row-limit.ts';
import { parseODataFilter } from './support/odata-filter-parser.ts';

describe('buildODataFilter', () => {
  it('one code → eq, several → parenthesised or, clauses joined by and', () => {
    expect(buildODataFilter({ Measure: ['M000352'], RegioS: ['GM0344', 'GM0518'], Leeftijd: undefined })).toBe(
      "Measure eq 'M000352' and (RegioS eq 'GM0344' or RegioS eq 'GM0518')",
    );
  });

  it('trims codes, drops duplicates and doubles single quotes', () => {
    expect(buildODataFilter({ RegioS: ['GM0344  ', 'GM0344'], X: ["a'b"] })).toBe("RegioS eq 'GM0344' and X eq 'a''b'");
  });

  it('rejects an empty code list and odd dimension names', () => {
    expect(() => buildODataFilter({ RegioS: [] })).toThrow();
    expect(() => buildODataFilter({ 'RegioS eq 1 or 1': ['x'] })).toThrow();
  });

  it('round-trips through the test server parser', () => {
    const parsed = parseODataFilter(buildODataFilter({ RegioS: ['GM0344', 'GM0518'], Perioden: ['2023JJ00'] }));
    expect([...(parsed.get('RegioS') ?? [])]).toEqual(['GM0344', 'GM0518']);
  });

  it('withQuery percent-encodes values and keeps $ keys', () => {
    expect(withQuery('http://x/T', { $filter: "A eq 'b'", $select: undefined })).toBe('http://x/T?$filter=A%20eq%20\'b\'');
  });
});

describe('splitFilterForRowLimit (v3 10,000-row limit)', () => {
  const gemeenten = Array.from({ length: 400 }, (_, i) => `GM${String(i).padStart(4, '0')}`);
  const years = ['2019JJ00', '2020JJ00', '2021JJ00', '2022JJ00', '2023JJ00'];
  const forms = Array.from({ length: 10 }, (_, i) => `A${i}`);

  it('keeps a small request whole', () => {
    const filter = { RegioS: ['GM0344'], Perioden: years };
    expect(splitFilterForRowLimit({ filter, dimensions: ['RegioS', 'Perioden'] })).toEqual([filter]);
  });

  it('splits 400 × 5 × 10 = 20,000 rows into chunks of at most 9,999 covering every code', () => {
    const chunks = splitFilterForRowLimit({
      filter: { RegioS: gemeenten, Perioden: years, VormenVanJeugdzorg: forms },
      dimensions: ['RegioS', 'Perioden', 'VormenVanJeugdzorg'],
    });
    expect(chunks).not.toBeNull();
    for (const chunk of chunks ?? []) {
      expect((chunk['RegioS']?.length ?? 0) * 5 * 10).toBeLessThanOrEqual(9_999);
    }
    expect((chunks ?? []).flatMap((chunk) => chunk['RegioS'] ?? [])).toEqual(gemeenten);
  });

  it('returns null when a dimension is unfiltered', () => {
    expect(splitFilterForRowLimit({ filter: { RegioS: ['GM0344'] }, dimensions: ['RegioS', 'Perioden'] })).toBeNull();
  });
});
