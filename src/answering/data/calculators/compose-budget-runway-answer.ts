import type { ChartSpec, DataTable, Language } from '../../../assistant/index.ts';
import type { BudgetRunwayOptions, BudgetRunwayResult } from '../../../sources/calculators/index.ts';
import { calculatorCitation } from './calculator-citation.ts';
import type { ComposedDataAnswer } from '../composed-data-answer.ts';
import { formatMoney as money, formatPercent } from '../format-number.ts';
import { inLanguage } from '../../../lib/index.ts';

/**
 * Budget runway: the month the budget runs out (or that it lasts), the projected year-end spend
 * and over- or underspend, then the calculation step by step with the user's inputs, and a table
 * and chart of cumulative spend per month against the budget.
 */
export function composeBudgetRunwayAnswer(options: { input: BudgetRunwayOptions; result: BudgetRunwayResult; language: Language }): ComposedDataAnswer {
  const { result, language } = options;
  const f = (value: number): string => money({ value, language });
  const reached = result.months[result.monthsElapsed - 1];
  const reachedName = reached ? reached[language] : String(result.monthsElapsed);
  const lines: string[] = [];
  const runsOut = result.runsOutIn;
  const differenceText = result.status === 'overspend'
    ? inLanguage({
      nl: `een overschrijding van **${f(result.projectedDifference)}** (${formatPercent({ value: result.projectedDifferencePercent, language })})`,
      en: `an overspend of **${f(result.projectedDifference)}** (${formatPercent({ value: result.projectedDifferencePercent, language })})`,
    }, language)
    : result.status === 'underspend'
      ? inLanguage({
        nl: `een onderbesteding van **${f(-result.projectedDifference)}** (${formatPercent({ value: -result.projectedDifferencePercent, language })})`,
        en: `an underspend of **${f(-result.projectedDifference)}** (${formatPercent({ value: -result.projectedDifferencePercent, language })})`,
      }, language)
      : inLanguage({ nl: 'precies het budget', en: 'exactly the budget' }, language);
  if (runsOut && runsOut.month <= result.monthsElapsed) {
    lines.push(inLanguage({
      nl: `Het budget is al overschreden: in **${runsOut.nl}** kwamen de opgetelde uitgaven boven het jaarbudget [1]. Verwachte uitgaven over het hele jaar bij dit tempo: **${f(result.projectedYearEndSpend)}**, ${differenceText}.`,
      en: `The budget has already been exceeded: in **${runsOut.en}** cumulative spend went above the annual budget [1]. Projected spend for the whole year at this pace: **${f(result.projectedYearEndSpend)}**, ${differenceText}.`,
    }, language));
  } else if (runsOut) {
    lines.push(inLanguage({
      nl: `Bij het huidige uitgaventempo is het budget op in **${runsOut.nl}** [1]. Verwachte uitgaven over het hele jaar: **${f(result.projectedYearEndSpend)}**, ${differenceText}.`,
      en: `At the current rate of spending the budget runs out in **${runsOut.en}** [1]. Projected spend for the whole year: **${f(result.projectedYearEndSpend)}**, ${differenceText}.`,
    }, language));
  } else {
    lines.push(inLanguage({
      nl: `Bij het huidige uitgaventempo komt u het jaar door [1]. Verwachte uitgaven over het hele jaar: **${f(result.projectedYearEndSpend)}**, ${differenceText}.`,
      en: `At the current rate of spending the budget lasts the year [1]. Projected spend for the whole year: **${f(result.projectedYearEndSpend)}**, ${differenceText}.`,
    }, language));
  }
  const months = result.months.length;
  lines.push('', inLanguage({
    nl: '**Berekening** (uw gegevens, gelijk tempo voor de rest van het jaar):',
    en: '**Calculation** (your figures, the same pace for the rest of the year):',
  }, language));
  lines.push(inLanguage({
    nl: `- Gemiddelde uitgave per maand = ${f(result.spentToDate)} / ${result.monthsElapsed} maanden (t/m ${reachedName}) = ${f(result.averageMonthlyBurn)}`,
    en: `- Average monthly spend = ${f(result.spentToDate)} / ${result.monthsElapsed} months (through ${reachedName}) = ${f(result.averageMonthlyBurn)}`,
  }, language));
  lines.push(inLanguage({
    nl: `- Verwachte jaaruitgave = ${f(result.spentToDate)} + ${f(result.averageMonthlyBurn)} × (${months} − ${result.monthsElapsed}) = ${f(result.projectedYearEndSpend)}`,
    en: `- Projected year-end spend = ${f(result.spentToDate)} + ${f(result.averageMonthlyBurn)} × (${months} − ${result.monthsElapsed}) = ${f(result.projectedYearEndSpend)}`,
  }, language));
  lines.push(inLanguage({
    nl: `- Verschil met het jaarbudget = ${f(result.projectedYearEndSpend)} − ${f(result.annualBudget)} = ${signed(result.projectedDifference, language)} (${formatPercent({ value: result.projectedDifferencePercent, language })} van het budget)`,
    en: `- Difference from the annual budget = ${f(result.projectedYearEndSpend)} − ${f(result.annualBudget)} = ${signed(result.projectedDifference, language)} (${formatPercent({ value: result.projectedDifferencePercent, language })} of the budget)`,
  }, language));
  lines.push(inLanguage({
    nl: `- Nog beschikbaar na ${reachedName} = ${f(result.annualBudget)} − ${f(result.spentToDate)} = ${signed(result.remainingBudget, language)}`,
    en: `- Left after ${reachedName} = ${f(result.annualBudget)} − ${f(result.spentToDate)} = ${signed(result.remainingBudget, language)}`,
  }, language));
  const outMonth = runsOut ? result.months[runsOut.month - 1] : undefined;
  if (runsOut && outMonth) {
    lines.push(inLanguage({
      nl: `- Het budget is op in de eerste maand waarin de opgetelde uitgaven boven ${f(result.annualBudget)} komen: ${runsOut.nl} (${f(outMonth.cumulativeSpend)}).`,
      en: `- The budget runs out in the first month in which cumulative spend exceeds ${f(result.annualBudget)}: ${runsOut.en} (${f(outMonth.cumulativeSpend)}).`,
    }, language));
  }
  lines.push('', inLanguage({
    nl: 'Dit is een prognose bij gelijkblijvend tempo; seizoenspatronen, late facturen en eenmalige posten kunnen het beeld veranderen.',
    en: 'This is a projection at a constant pace; seasonal patterns, late invoices and one-off items can change the picture.',
  }, language));
  lines.push('', `**${inLanguage({ nl: 'Bron', en: 'Source' }, language)}:** [1] ${calculatorCitation({ calculator: 'budget_runway', language, snippet: '' }).title}`);

  // With only a total to date, the elapsed months are that total spread evenly, not actual monthly figures.
  const spreadEvenly = !options.input.monthlySpend;
  const kindOf = (actual: boolean): string =>
    !actual ? inLanguage({ nl: 'prognose', en: 'projected' }, language) : spreadEvenly ? inLanguage({ nl: 'uitgegeven (gelijk verdeeld)', en: 'spent (spread evenly)' }, language) : inLanguage({ nl: 'uitgegeven', en: 'spent' }, language);
  const table: DataTable = {
    title: inLanguage({ nl: 'Opgetelde uitgaven per maand', en: 'Cumulative spend per month' }, language),
    columns: [inLanguage({ nl: 'Maand', en: 'Month' }, language), inLanguage({ nl: 'Opgeteld (euro)', en: 'Cumulative (euro)' }, language), inLanguage({ nl: 'Soort', en: 'Kind' }, language), inLanguage({ nl: 'Jaarbudget (euro)', en: 'Annual budget (euro)' }, language)],
    rows: result.months.map((month) => [month[language], month.cumulativeSpend, kindOf(month.actual), result.annualBudget]),
    note: `${inLanguage({ nl: 'Bron', en: 'Source' }, language)}: ${calculatorCitation({ calculator: 'budget_runway', language, snippet: '' }).title} [1]`,
  };
  const chart: ChartSpec = {
    kind: 'line',
    title: inLanguage({ nl: 'Uitputting jaarbudget', en: 'Budget runway' }, language),
    xLabel: inLanguage({ nl: 'Maand', en: 'Month' }, language),
    yLabel: 'euro',
    series: [
      { name: inLanguage({ nl: 'Opgetelde uitgaven', en: 'Cumulative spend' }, language), points: result.months.map((month) => ({ x: month[language], y: month.cumulativeSpend })) },
      { name: inLanguage({ nl: 'Jaarbudget', en: 'Annual budget' }, language), points: result.months.map((month) => ({ x: month[language], y: result.annualBudget })) },
    ],
  };
  const snippet = inLanguage({
    nl: 'Gemiddelde maanduitgave = uitgegeven / verstreken maanden; verwachte jaaruitgave = uitgegeven + gemiddelde × resterende maanden; het budget is op in de eerste maand waarin de opgetelde uitgaven het budget overschrijden.',
    en: 'Average monthly spend = spent / months elapsed; projected year-end spend = spent + average × remaining months; the budget runs out in the first month in which cumulative spend exceeds it.',
  }, language);
  return {
    answer: lines.join('\n'),
    citations: [calculatorCitation({ calculator: 'budget_runway', language, snippet })],
    figures: [{ citationN: 1, table, chart }],
    suggestions: inLanguage({
      nl: ['Wat als we 10 residentiële plaatsingen minder hebben?', 'Wat kost P maal Q over 4 jaar vergeleken met een lumpsum?'],
      en: ['What if we have 10 fewer residential placements?'],
    }, language),
  };
}

function signed(value: number, language: Language): string {
  return value < 0 ? `−${money({ value: -value, language })}` : money({ value, language });
}
