import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compareFinancingInput, compareFinancingVariants } from '../../../src/sources/calculators/compare-financing.ts';

describe('compareFinancingVariants', () => {
  it('computes all three variants per year with growth and indexation', () => {
    // growth 10 %, indexation 5 %, 3 years
    // inspanningsgericht 1000 h × €100:  y1 1000×100 = 100,000; y2 1100×105 = 115,500; y3 1210×110.25 = 133,402.50 → 348,902.50
    // outputgericht 40 × €2,400:         y1 96,000; y2 44×2520 = 110,880; y3 48.4×2646 = 128,066.40 → 334,946.40
    // taakgericht €110,000 indexed 5 %:  y1 110,000; y2 115,500; y3 121,275 → 346,775
    // cheapest outputgericht; taak +11,828.60 (3.5 %); inspanning +13,956.10 (4.2 %)
    const result = compareFinancingVariants({
      years: 3,
      volumeGrowthPercent: 10,
      priceIndexationPercent: 5,
      inspanningsgericht: { volume: 1000, pricePerUnit: 100 },
      outputgericht: { trajectories: 40, pricePerTrajectory: 2400 },
      taakgericht: { lumpsum: 110_000 },
    });
    expect(result.years).toHaveLength(3);
    expect(result.years[1]).toMatchObject({
      year: 2, volumeFactor: 1.1, priceFactor: 1.05,
      inspanningsgericht: { volume: 1100, pricePerUnit: 105, cost: 115_500 },
      outputgericht: { trajectories: 44, pricePerTrajectory: 2520, cost: 110_880 },
      taakgericht: { lumpsum: 115_500, cost: 115_500, indexationFactor: 1.05, transformationFactor: 1 },
    });
    expect(result.years[2]?.inspanningsgericht?.cost).toBe(133_402.5);
    expect(result.years[2]?.outputgericht?.cost).toBe(128_066.4);
    expect(result.totals).toEqual({ inspanningsgericht: 348_902.5, outputgericht: 334_946.4, taakgericht: 346_775 });
    expect(result.cheapest).toBe('outputgericht');
    expect(result.comparison.map((entry) => entry.variant)).toEqual(['outputgericht', 'taakgericht', 'inspanningsgericht']);
    expect(result.comparison[1]).toMatchObject({ differenceVsCheapest: 11_828.6, differencePercentVsCheapest: 3.5 });
    expect(result.comparison[2]).toMatchObject({ differenceVsCheapest: 13_956.1, differencePercentVsCheapest: 4.2 });
    expect(result.comparison[0]).toMatchObject({ differenceVsCheapest: 0, differencePercentVsCheapest: 0 });
    expect(result.assumptions.nl).toEqual(['Lumpsum geïndexeerd met de algemene prijsindexatie.']);
  });

  it('answers "P maal Q over 4 jaar vergeleken met een lumpsum van 11,5 miljoen"', () => {
    // 100,000 h × €110 = 11,000,000 in y1; indexation 3 %: factors 1, 1.03, 1.0609, 1.092727 (sum 4.183627)
    // P×Q total = 11,000,000 × 4.183627 = 46,019,897; lumpsum total = 11,500,000 × 4.183627 = 48,111,710.50
    // difference 2,091,813.50 = 4.5 % of 46,019,897
    const result = compareFinancingVariants({
      years: 4,
      priceIndexationPercent: 3,
      inspanningsgericht: { volume: 100_000, pricePerUnit: 110, unit: 'uur' },
      taakgericht: { lumpsum: 11_500_000 },
    });
    expect(result.years.map((row) => row.inspanningsgericht?.cost)).toEqual([11_000_000, 11_330_000, 11_669_900, 12_019_997]);
    expect(result.totals.inspanningsgericht).toBe(46_019_897);
    expect(result.totals.taakgericht).toBe(48_111_710.5);
    expect(result.cheapest).toBe('inspanningsgericht');
    expect(result.comparison[1]).toMatchObject({ variant: 'taakgericht', differenceVsCheapest: 2_091_813.5, differencePercentVsCheapest: 4.5 });
    expect(result.assumptions.en).toContain('No volume growth given: 0 % a year assumed.');
    expect(result.totals.outputgericht).toBeUndefined();
  });

  it('reduces the lumpsum cumulatively by the transformation target and uses its own indexation', () => {
    // lumpsum 1,000,000, own indexation 2 %, target 10 %: y2 = 1,000,000 × 1.02 × 0.9 = 918,000;
    // y3 = 1,000,000 × 1.0404 × 0.81 = 842,724
    const result = compareFinancingVariants({
      years: 3,
      priceIndexationPercent: 5,
      taakgericht: { lumpsum: 1_000_000, indexationPercent: 2, transformationTargetPercent: 10 },
    });
    expect(result.years.map((row) => row.taakgericht?.lumpsum)).toEqual([1_000_000, 918_000, 842_724]);
    expect(result.years[2]?.taakgericht?.transformationFactor).toBe(0.81);
    expect(result.totals.taakgericht).toBe(2_760_724);
  });

  it('settles overspend beyond the risk corridor by the gemeente share', () => {
    // lumpsum 10M, corridor ±5 % = 500,000, gemeente bears 50 %, expected cost 11M:
    // deviation +1,000,000; beyond corridor 500,000; gemeente pays 250,000 → 10,250,000; aanbieder −750,000
    const result = compareFinancingVariants({
      years: 1,
      taakgericht: { lumpsum: 10_000_000, riskCorridor: { corridorPercent: 5, gemeenteSharePercent: 50, expectedActualCost: 11_000_000 } },
    });
    expect(result.years[0]?.taakgericht).toMatchObject({
      cost: 10_250_000,
      riskCorridor: { deviation: 1_000_000, corridorBand: 500_000, excessBeyondCorridor: 500_000, gemeenteSettlement: 250_000, aanbiederResult: -750_000 },
    });
  });

  it('refunds the gemeente share of underspend beyond the corridor and ignores deviations within it', () => {
    // expected 9M: deviation −1M, beyond corridor −500,000, gemeente gets 250,000 back → 9,750,000
    const under = compareFinancingVariants({
      years: 1,
      taakgericht: { lumpsum: 10_000_000, riskCorridor: { corridorPercent: 5, gemeenteSharePercent: 50, expectedActualCost: 9_000_000 } },
    });
    expect(under.totals.taakgericht).toBe(9_750_000);
    expect(under.years[0]?.taakgericht?.riskCorridor?.aanbiederResult).toBe(750_000);
    // expected 10.4M: within ±500,000 → gemeente pays the lumpsum only
    const within = compareFinancingVariants({
      years: 1,
      taakgericht: { lumpsum: 10_000_000, riskCorridor: { corridorPercent: 5, gemeenteSharePercent: 50, expectedActualCost: 10_400_000 } },
    });
    expect(within.totals.taakgericht).toBe(10_000_000);
    expect(within.years[0]?.taakgericht?.riskCorridor?.excessBeyondCorridor).toBe(0);
  });

  it('grows the expected actual cost with volume growth and indexation in later years', () => {
    // y2 expected cost = 10M × 1.1 × 1 = 11M against lumpsum 10M: excess beyond 5 % = 500,000; share 100 % → 10.5M
    const result = compareFinancingVariants({
      years: 2,
      volumeGrowthPercent: 10,
      taakgericht: { lumpsum: 10_000_000, riskCorridor: { corridorPercent: 5, gemeenteSharePercent: 100, expectedActualCost: 10_000_000 } },
    });
    expect(result.years[1]?.taakgericht?.cost).toBe(10_500_000);
  });

  it('handles zero volumes without dividing by zero', () => {
    const result = compareFinancingVariants({
      years: 2,
      inspanningsgericht: { volume: 0, pricePerUnit: 80 },
      outputgericht: { trajectories: 10, pricePerTrajectory: 1000 },
    });
    expect(result.totals.inspanningsgericht).toBe(0);
    expect(result.cheapest).toBe('inspanningsgericht');
    expect(result.comparison[1]?.differencePercentVsCheapest).toBeNull();
    expect(result.comparison[1]?.differenceVsCheapest).toBe(20_000);
  });

  it('rejects invalid input with clear bilingual messages', () => {
    const negative = compareFinancingInput.safeParse({ years: 2, inspanningsgericht: { volume: -5, pricePerUnit: 10 } });
    expect(negative.success).toBe(false);
    expect(negative.error?.issues[0]?.message).toBe('Volume mag niet negatief zijn / Volume must not be negative');
    expect(compareFinancingInput.safeParse({ years: 16, taakgericht: { lumpsum: 1 } }).error?.issues[0]?.message)
      .toContain('mag hoogstens 15 zijn');
    expect(compareFinancingInput.safeParse({ years: 0, taakgericht: { lumpsum: 1 } }).success).toBe(false);
    expect(compareFinancingInput.safeParse({ years: 2.5, taakgericht: { lumpsum: 1 } }).success).toBe(false);
    expect(compareFinancingInput.safeParse({ years: 2 }).error?.issues[0]?.message).toBe('Geef minstens één variant op / Provide at least one variant');
    expect(compareFinancingInput.safeParse({ years: 2, taakgericht: { lumpsum: 0 } }).error?.issues[0]?.message).toContain('groter dan 0');
    expect(compareFinancingInput.safeParse({ years: 2, volumeGrowthPercent: -100, taakgericht: { lumpsum: 1 } }).success).toBe(false);
    expect(() => compareFinancingVariants({ years: 3 })).toThrow(/minstens één variant/);
  });

  it('converts to a JSON schema with Dutch descriptions for use as an LLM tool', () => {
    const schema = z.toJSONSchema(compareFinancingInput, { io: 'input' }) as {
      description?: string; properties: Record<string, { description?: string; default?: unknown }>; required?: string[];
    };
    expect(schema.description).toContain('bekostigingsvarianten');
    expect(schema.properties.years?.description).toContain('jaren');
    expect(schema.properties.volumeGrowthPercent?.default).toBe(0);
    expect(schema.required).toEqual(['years']);
  });
});
