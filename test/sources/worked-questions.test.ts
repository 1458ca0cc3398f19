import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calculateBudgetRunway } from '../../src/sources/calculators/budget-runway.ts';
import { compareFinancingVariants } from '../../src/sources/calculators/compare-financing.ts';
import { findGemeenten } from '../../src/lib/gemeenten/gazetteer.ts';
import { parseAmounts } from '../../src/lib/dutch/amount-parser.ts';
import { parsePeriod } from '../../src/lib/dutch/period-parser.ts';
import { resolveAgainstAvailable } from '../../src/lib/dutch/resolve-against-available.ts';

/** The building blocks chained the way the assistant will use them on real user questions. */
const today = new Date('2026-11-23T12:00:00Z');

describe('worked user questions', () => {
  it('"Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven — wanneer is het op?"', () => {
    const text = 'Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven — wanneer is het op?';
    const [budget, spent] = parseAmounts({ text });
    const period = parsePeriod({ text, today });
    expect(period?.throughMonth).toBe(9);
    const runway = calculateBudgetRunway({ annualBudget: budget?.value ?? 0, spentToDate: spent?.value ?? 0, monthReached: period?.throughMonth ?? 0 });
    expect(runway.runsOutIn?.nl).toBe('november');
    expect(runway.projectedDifference).toBe(1_600_000);
  });

  it('"Wat kost P maal Q over 4 jaar vergeleken met een lumpsum van 11,5 miljoen?" (P and Q given later by the user)', () => {
    const [lumpsum] = parseAmounts({ text: 'Wat kost P maal Q over 4 jaar vergeleken met een lumpsum van 11,5 miljoen?' });
    const [price, volume] = parseAmounts({ text: 'P is € 95 per uur en Q is 120.000 uur' });
    expect(volume).toMatchObject({ kind: 'count', unit: 'uur', value: 120_000 });
    // P×Q = 95 × 120,000 = 11,400,000 a year × 4 = 45,600,000; lumpsum 11,500,000 × 4 = 46,000,000
    const result = compareFinancingVariants({
      years: 4,
      inspanningsgericht: { volume: volume?.value ?? 0, pricePerUnit: price?.value ?? 0 },
      taakgericht: { lumpsum: lumpsum?.value ?? 0 },
    });
    expect(result.totals).toEqual({ inspanningsgericht: 45_600_000, taakgericht: 46_000_000 });
    expect(result.comparison[1]?.differenceVsCheapest).toBe(400_000);
  });

  it('"How many young people in Utrecht … in 2023, per 1,000 inhabitants, compared with Den Haag?" finds CBS codes with population figures', async () => {
    const text = 'How many young people in Utrecht had youth care with accommodation in 2023, per 1,000 inhabitants, compared with Den Haag?';
    const codes = findGemeenten({ text }).map((mention) => mention.gemeenten[0]?.code);
    const period = parsePeriod({ text, today });
    const resolved = period ? resolveAgainstAvailable({ period, availableYears: [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] }) : null;
    expect(resolved?.years).toEqual([2023]);
    const observations = JSON.parse(await readFile(fileURLToPath(new URL('../fixtures/cbs/03759ned/observations-page-1.json', import.meta.url)), 'utf8')) as {
      value: { RegioS: string; Perioden: string; Measure: string; Value: number | null }[];
    };
    const population = (code: string | undefined) =>
      observations.value.find((row) => row.RegioS === code && row.Perioden === '2023JJ00' && row.Measure === 'M000352')?.Value;
    expect(codes.map(population)).toEqual([367_947, 562_839]);
  });
});
