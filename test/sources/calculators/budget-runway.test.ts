import { describe, expect, it } from 'vitest';
import { budgetRunwayInput, calculateBudgetRunway } from '../../../src/sources/calculators/budget-runway.ts';

describe('calculateBudgetRunway', () => {
  it('worked example: 12 mln budget, 10,2 mln spent through September', () => {
    // burn = 10,200,000 / 9 = 1,133,333.33; projected = 10.2M + 3 × 1,133,333.33 = 13,600,000
    // overspend 1,600,000 = 13.3 % of 12M; after October 11.33M, after November 12.47M > 12M → November
    const result = calculateBudgetRunway({ annualBudget: 12_000_000, spentToDate: 10_200_000, monthReached: 9 });
    expect(result.averageMonthlyBurn).toBe(1_133_333.33);
    expect(result.projectedYearEndSpend).toBe(13_600_000);
    expect(result.projectedDifference).toBe(1_600_000);
    expect(result.projectedDifferencePercent).toBe(13.3);
    expect(result.status).toBe('overspend');
    expect(result.remainingBudget).toBe(1_800_000);
    expect(result.runsOutIn).toEqual({ month: 11, nl: 'november', en: 'November' });
    expect(result.months[9]).toMatchObject({ nl: 'oktober', cumulativeSpend: 11_333_333.33, actual: false });
    expect(result.months[10]).toMatchObject({ en: 'November', cumulativeSpend: 12_466_666.67, actual: false });
    expect(result.months[8]).toMatchObject({ cumulativeSpend: 10_200_000, actual: true });
  });

  it('uses a list of monthly spends', () => {
    // spent 100k + 100k + 150k = 350k over 3 months → burn 116,666.67; projected 350k + 9 × 116,666.67 = 1,400,000
    // overspend 200,000 = 16.7 % of 1.2M; October 350k + 7 × 116,666.67 = 1,166,666.67; November 1,283,333.33 > 1.2M
    const result = calculateBudgetRunway({ annualBudget: 1_200_000, monthlySpend: [100_000, 100_000, 150_000] });
    expect(result.monthsElapsed).toBe(3);
    expect(result.spentToDate).toBe(350_000);
    expect(result.averageMonthlyBurn).toBe(116_666.67);
    expect(result.projectedYearEndSpend).toBe(1_400_000);
    expect(result.projectedDifferencePercent).toBe(16.7);
    expect(result.months.slice(0, 3).map((month) => month.cumulativeSpend)).toEqual([100_000, 200_000, 350_000]);
    expect(result.months[9]?.cumulativeSpend).toBe(1_166_666.67);
    expect(result.runsOutIn?.nl).toBe('november');
  });

  it('reports the month an actual overspend happened', () => {
    // 5M + 8M = 13M > 12M already in February
    const result = calculateBudgetRunway({ annualBudget: 12_000_000, monthlySpend: [5_000_000, 8_000_000] });
    expect(result.runsOutIn).toEqual({ month: 2, nl: 'februari', en: 'February' });
    expect(result.remainingBudget).toBe(-1_000_000);
  });

  it('returns null when the budget lasts (underspend)', () => {
    // 6M / 9 = 666,666.67 a month → projected 8M, underspend −4M = −33.3 %
    const result = calculateBudgetRunway({ annualBudget: 12_000_000, spentToDate: 6_000_000, monthReached: 9 });
    expect(result.projectedYearEndSpend).toBe(8_000_000);
    expect(result.projectedDifference).toBe(-4_000_000);
    expect(result.projectedDifferencePercent).toBe(-33.3);
    expect(result.status).toBe('underspend');
    expect(result.runsOutIn).toBeNull();
  });

  it('treats spending exactly the budget as lasting the year', () => {
    // 9M / 9 = 1M a month → exactly 12M in December, not more
    const result = calculateBudgetRunway({ annualBudget: 12_000_000, spentToDate: 9_000_000, monthReached: 9 });
    expect(result.status).toBe('onBudget');
    expect(result.projectedDifference).toBe(0);
    expect(result.runsOutIn).toBeNull();
  });

  it('handles zero spend and a full year', () => {
    const none = calculateBudgetRunway({ annualBudget: 1_000_000, spentToDate: 0, monthReached: 3 });
    expect(none.averageMonthlyBurn).toBe(0);
    expect(none.projectedDifferencePercent).toBe(-100);
    const full = calculateBudgetRunway({ annualBudget: 1_000_000, spentToDate: 1_100_000, monthReached: 12 });
    expect(full.projectedYearEndSpend).toBe(1_100_000);
    expect(full.months.every((month) => month.actual)).toBe(true);
    // 1.1M / 12 = 91,666.67 a month; 11 × 91,666.67 = 1,008,333.33 > 1M → November
    expect(full.runsOutIn?.month).toBe(11);
  });

  it('rejects invalid input with clear messages', () => {
    expect(budgetRunwayInput.safeParse({ annualBudget: -1, spentToDate: 1, monthReached: 1 }).error?.issues[0]?.message)
      .toBe('Jaarbudget moet groter dan 0 zijn / Annual budget must be greater than 0');
    expect(budgetRunwayInput.safeParse({ annualBudget: 1, spentToDate: -1, monthReached: 1 }).error?.issues[0]?.message)
      .toContain('mag niet negatief zijn');
    expect(budgetRunwayInput.safeParse({ annualBudget: 1, spentToDate: 1, monthReached: 13 }).success).toBe(false);
    expect(budgetRunwayInput.safeParse({ annualBudget: 1, spentToDate: 1 }).error?.issues[0]?.message)
      .toContain('bereikte maand');
    expect(budgetRunwayInput.safeParse({ annualBudget: 1, spentToDate: 1, monthReached: 2, monthlySpend: [1] }).success).toBe(false);
    expect(budgetRunwayInput.safeParse({ annualBudget: 1, monthlySpend: [] }).success).toBe(false);
    expect(budgetRunwayInput.safeParse({ annualBudget: 1, monthlySpend: new Array(13).fill(1) }).success).toBe(false);
    expect(() => calculateBudgetRunway({ annualBudget: 0, spentToDate: 1, monthReached: 1 })).toThrow();
  });
});
