import { describe, expect, it } from 'vitest';
import { findUngroundedInputs } from '../../../src/answering/llm/tool-input-grounding.ts';

const check = (args: unknown, userTexts: string[], sourceValues: number[] = []) => findUngroundedInputs({ args, userTexts, sourceValues });

describe('findUngroundedInputs', () => {
  it('accepts numbers the user gave, in digits, multipliers, words and month names', () => {
    expect(check({ annualBudget: 12_000_000, spentToDate: 9_900_000, monthReached: 9 }, ['Budget € 12 mln, tot en met september 9,9 miljoen uitgegeven'])).toEqual([]);
    expect(check({ years: 5, price: 1250.5 }, ['over vijf jaar, trajectprijs 1.250,50'])).toEqual([]);
    expect(check({ years: 5 }, ['over 5 jaar'])).toEqual([]);
  });

  it('accepts zero, years and values from earlier sources of the turn', () => {
    expect(check({ growth: 0, years: [2022, 2023], placements: 37 }, ['Hoe zit het?'], [37])).toEqual([]);
  });

  it('reports invented numbers with their path', () => {
    expect(check({ annualBudget: 15_000_000, monthlySpend: [1_000_000, 1_100_000] }, ['Budget 12 mln, januari 1 mln'])).toEqual([
      { path: 'annualBudget', value: 15_000_000 },
      { path: 'monthlySpend[1]', value: 1_100_000 },
    ]);
  });
});
