import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmounts, parseDutchNumber } from '../../../src/lib/dutch/amount-parser.ts';
import { findPeriods, parsePeriod } from '../../../src/lib/dutch/period-parser.ts';

const today = new Date('2026-11-23T12:00:00Z');
const fragments = [
  '€ 12,5 mln', '1.200 jeugdigen', '3 %', 'tot en met september', '2019-2022', 'Q3 2024', 'de laatste vijf jaar',
  'op 1 januari 2023', '👩‍👧‍👦', 'مرحبا بالعالم', 'שלום', '\u202E', '\u200F', '—', ',', '.', '-', ' ', '\n', '€', '%', '12', '2023',
];
/** Arbitrary text: random Unicode (including emoji and RTL marks) mixed with recognisable fragments. */
const arbitraryText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(...fragments)), { maxLength: 30 })
  .map((parts) => parts.join(''));
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('parsers on arbitrary text', () => {
  it('parseAmounts never throws and returns well-formed amounts in order', () => {
    fc.assert(
      fc.property(arbitraryText, fc.constantFrom(undefined, 'nl' as const, 'en' as const), (text, language) => {
        const amounts = parseAmounts({ text, ...(language ? { language } : {}) });
        let previousIndex = -1;
        for (const amount of amounts) {
          expect(Number.isFinite(amount.value)).toBe(true);
          expect(['money', 'percentage', 'count']).toContain(amount.kind);
          expect(text.slice(amount.index, amount.index + amount.raw.length)).toBe(amount.raw);
          expect(amount.index).toBeGreaterThan(previousIndex);
          previousIndex = amount.index;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parseDutchNumber never throws and returns a finite number or null', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryText, fc.stringMatching(/^-?[\d.,]{1,12}$/)), (text) => {
        const value = parseDutchNumber({ text });
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('parsePeriod never throws and returns a consistent period or null', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const period = parsePeriod({ text, today });
        if (period === null) return;
        expect(period.from).toMatch(isoDate);
        expect(period.to).toMatch(isoDate);
        expect(period.from <= period.to).toBe(true);
        expect(period.years.length).toBeGreaterThan(0);
        expect(period.years[0]).toBeGreaterThanOrEqual(Number(period.from.slice(0, 4)));
        expect(period.years.at(-1)).toBeLessThanOrEqual(Number(period.to.slice(0, 4)));
        expect(text.slice(period.index, period.index + period.raw.length)).toBe(period.raw);
        expect(period.label.length).toBeGreaterThan(0);
        const all = findPeriods({ text, today });
        expect(all.length).toBeGreaterThan(0);
        for (const [position, found] of all.entries()) {
          expect(text.slice(found.index, found.index + found.raw.length)).toBe(found.raw);
          const next = all[position + 1];
          if (next) expect(found.index + found.raw.length).toBeLessThanOrEqual(next.index);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles 20,000 characters quickly', () => {
    const long = `${'€ 12,5 mln 👩‍👧‍👦 שלום 1.200 jeugdigen 2023 '.repeat(500)}`.slice(0, 20_000);
    const digits = '1'.repeat(20_000);
    const separators = '1.'.repeat(10_000);
    const started = performance.now();
    expect(parseAmounts({ text: long }).length).toBeGreaterThan(400);
    expect(parseAmounts({ text: digits })).toEqual([]);
    expect(parseAmounts({ text: separators })).toEqual([]);
    expect(parsePeriod({ text: long, today })?.kind).toBe('year');
    expect(parsePeriod({ text: separators, today })).toBeNull();
    expect(parseDutchNumber({ text: digits })).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parsers on generated amounts', () => {
  it('reads back Dutch-formatted money amounts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (euros, cents) => {
        const value = euros + cents / 100;
        const formatted = value.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const [amount] = parseAmounts({ text: `Het budget is € ${formatted} per jaar` });
        expect(amount?.kind).toBe('money');
        expect(amount?.value).toBeCloseTo(value, 2);
      }),
    );
  });

  it('reads back English-formatted counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), (count) => {
        const [amount] = parseAmounts({ text: `There were ${count.toLocaleString('en-GB')} clients`, language: 'en' });
        expect(amount).toMatchObject({ kind: 'count', value: count, unit: 'clients' });
      }),
    );
  });
});
