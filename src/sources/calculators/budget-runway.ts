import { z } from 'zod';
import { parseCalculatorInput } from '../../lib/input/index.ts';
import { monthName, type MonthName } from '../../lib/dutch/index.ts';
import { roundMoney, roundPercent } from '../../lib/index.ts';
import { bilingual, nonNegativeNumber, positiveNumber, wholeNumberBetween } from '../../lib/input/index.ts';

/**
 * Budget runway (uitputting): how fast an annual budget is being spent and in which month it
 * runs out at the current pace. The pace is the average monthly spend so far (burn rate);
 * the projection assumes that pace for the rest of the calendar year.
 */
export const budgetRunwayInput = z
  .object({
    annualBudget: positiveNumber('Jaarbudget', 'Annual budget')
      .describe('Beschikbaar budget voor het hele kalenderjaar in euro.'),
    spentToDate: nonNegativeNumber('Bedrag uitgegeven tot nu toe', 'Spend to date').optional()
      .describe('Totaal uitgegeven bedrag tot en met de bereikte maand, in euro. Samen met monthReached opgeven, of monthlySpend gebruiken.'),
    monthReached: wholeNumberBetween('Bereikte maand', 'Month reached', 1, 12).optional()
      .describe('Laatste maand waarover de uitgaven bekend zijn (1 = januari, 9 = september: "tot en met september").'),
    monthlySpend: z
      .array(nonNegativeNumber('Maanduitgave', 'Monthly spend'))
      .min(1, { error: bilingual('Geef minstens één maand', 'Give at least one month') })
      .max(12, { error: bilingual('Hoogstens 12 maanden', 'At most 12 months') })
      .optional()
      .describe('Uitgaven per maand vanaf januari, in euro (alternatief voor spentToDate + monthReached).'),
  })
  .superRefine((input, context) => {
    const hasTotal = input.spentToDate !== undefined || input.monthReached !== undefined;
    if (input.monthlySpend !== undefined && hasTotal) {
      context.addIssue({ code: 'custom', message: bilingual('Geef óf uitgaven tot nu toe met maand, óf uitgaven per maand, niet beide', 'Give either spend to date with month, or monthly spend, not both') });
    } else if (input.monthlySpend === undefined && (input.spentToDate === undefined || input.monthReached === undefined)) {
      context.addIssue({ code: 'custom', message: bilingual('Geef uitgaven tot nu toe én de bereikte maand, of uitgaven per maand', 'Give spend to date and the month reached, or monthly spend') });
    }
  })
  .describe('Bereken uitputting van een jaarbudget: gemiddelde maanduitgave, verwachte jaaruitgave, over-/onderbesteding en de maand waarin het budget op is.');

export type BudgetRunwayOptions = z.input<typeof budgetRunwayInput>;

export interface BudgetRunwayMonth extends MonthName {
  /** Cumulative spend at the end of this month. */
  cumulativeSpend: number;
  /** true for months with known (actual) spend, false for projected months. */
  actual: boolean;
}

export interface BudgetRunwayResult {
  annualBudget: number;
  monthsElapsed: number;
  spentToDate: number;
  /** spentToDate / monthsElapsed. */
  averageMonthlyBurn: number;
  /** spentToDate + averageMonthlyBurn × (12 − monthsElapsed). */
  projectedYearEndSpend: number;
  /** projectedYearEndSpend − annualBudget: positive = overspend. */
  projectedDifference: number;
  /** projectedDifference / annualBudget × 100, one decimal. */
  projectedDifferencePercent: number;
  status: 'overspend' | 'underspend' | 'onBudget';
  /** Budget left after the spend to date (negative when already exceeded). */
  remainingBudget: number;
  /** First month whose cumulative spend exceeds the budget; null when the budget lasts the year. */
  runsOutIn: MonthName | null;
  months: BudgetRunwayMonth[];
}

export function calculateBudgetRunway(options: BudgetRunwayOptions): BudgetRunwayResult {
  const input = parseCalculatorInput({ schema: budgetRunwayInput, input: options, calculator: 'calculateBudgetRunway' });
  const monthlySpend = input.monthlySpend;
  const monthsElapsed = monthlySpend ? monthlySpend.length : (input.monthReached as number);
  const spentToDate = monthlySpend ? monthlySpend.reduce((sum, spend) => sum + spend, 0) : (input.spentToDate as number);
  const burn = spentToDate / monthsElapsed;
  const budgetCents = roundMoney(input.annualBudget);

  const months: BudgetRunwayMonth[] = [];
  let cumulative = 0;
  let runsOutIn: MonthName | null = null;
  for (let month = 1; month <= 12; month++) {
    const actual = month <= monthsElapsed;
    if (!actual) {
      cumulative = spentToDate + burn * (month - monthsElapsed);
    } else if (monthlySpend) {
      cumulative += monthlySpend[month - 1] ?? 0;
    } else {
      // Only a total to date is known: spread it evenly over the elapsed months.
      cumulative = burn * month;
    }
    months.push({ ...monthName({ month }), cumulativeSpend: roundMoney(cumulative), actual });
    if (runsOutIn === null && roundMoney(cumulative) > budgetCents) runsOutIn = monthName({ month });
  }

  const projected = spentToDate + burn * (12 - monthsElapsed);
  const difference = roundMoney(projected - input.annualBudget);
  return {
    annualBudget: input.annualBudget,
    monthsElapsed,
    spentToDate: roundMoney(spentToDate),
    averageMonthlyBurn: roundMoney(burn),
    projectedYearEndSpend: roundMoney(projected),
    projectedDifference: difference,
    projectedDifferencePercent: roundPercent((difference / input.annualBudget) * 100),
    status: difference > 0 ? 'overspend' : difference < 0 ? 'underspend' : 'onBudget',
    remainingBudget: roundMoney(input.annualBudget - spentToDate),
    runsOutIn,
    months,
  };
}
