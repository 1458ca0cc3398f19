import type { ChartSpec, DataTable, Language } from '../../../assistant/index.ts';
import { financingVariantLabels, type CompareFinancingOptions, type CompareFinancingResult, type FinancingVariant } from '../../../sources/calculators/index.ts';
import { calculatorCitation } from './calculator-citation.ts';
import type { ComposedDataAnswer } from '../composed-data-answer.ts';
import { formatMoney, formatNumber, formatPercent } from '../format-number.ts';

/**
 * Funding variants compared: the totals over the years with the cheapest first, then per variant
 * the formula and the user's inputs, the assumptions the calculator applied, and a table and
 * chart of the cost per year per variant.
 */
export function composeFinancingAnswer(options: { input: CompareFinancingOptions; result: CompareFinancingResult; language: Language }): ComposedDataAnswer {
  const { input, result, language } = options;
  const nl = language === 'nl';
  const money = (value: number): string => formatMoney({ value, language });
  const label = (variant: FinancingVariant): string => financingVariantLabels[variant][language];
  const years = result.years.length;
  const lines: string[] = [];
  const [cheapest, ...others] = result.comparison;
  lines.push(nl ? `Totale kosten over ${years} jaar [1]:` : `Total cost over ${years} years [1]:`);
  for (const entry of result.comparison) lines.push(`- ${label(entry.variant)}: **${money(entry.total)}**`);
  if (cheapest && others.length > 0) {
    const comparisons = others.map((entry) => {
      const percent = entry.differencePercentVsCheapest === null ? '' : ` (${formatPercent({ value: entry.differencePercentVsCheapest, language })})`;
      return nl ? `${label(entry.variant)} is ${money(entry.differenceVsCheapest)}${percent} duurder` : `${label(entry.variant)} costs ${money(entry.differenceVsCheapest)}${percent} more`;
    });
    lines.push('', nl
      ? `Het goedkoopst is **${label(cheapest.variant)}**; ${comparisons.join('; ')}.`
      : `The cheapest is **${label(cheapest.variant)}**; ${comparisons.join('; ')}.`);
  }

  lines.push('', nl ? '**Berekening** (met uw gegevens):' : '**Calculation** (with your figures):');
  const first = result.years[0];
  for (const variant of Object.keys(result.totals) as FinancingVariant[]) {
    const formula = result.formulas[variant]?.[language] ?? '';
    lines.push(`- ${label(variant)}: ${formula}.`);
    if (variant === 'inspanningsgericht' && input.inspanningsgericht && first?.inspanningsgericht) {
      const unit = input.inspanningsgericht.unit ? ` ${input.inspanningsgericht.unit}` : '';
      lines.push(nl
        ? `  ${nl ? 'Jaar' : 'Year'} ${first.year}: ${formatNumber({ value: input.inspanningsgericht.volume, language })}${unit} × ${money(input.inspanningsgericht.pricePerUnit)} = ${money(first.inspanningsgericht.cost)}.`
        : `  Year ${first.year}: ${formatNumber({ value: input.inspanningsgericht.volume, language })}${unit} × ${money(input.inspanningsgericht.pricePerUnit)} = ${money(first.inspanningsgericht.cost)}.`);
    }
    if (variant === 'outputgericht' && input.outputgericht && first?.outputgericht) {
      lines.push(`  ${nl ? 'Jaar' : 'Year'} ${first.year}: ${formatNumber({ value: input.outputgericht.trajectories, language })} × ${money(input.outputgericht.pricePerTrajectory)} = ${money(first.outputgericht.cost)}.`);
    }
    if (variant === 'taakgericht' && input.taakgericht && first?.taakgericht) {
      lines.push(`  ${nl ? 'Jaar' : 'Year'} ${first.year}: lumpsum ${money(input.taakgericht.lumpsum)} = ${money(first.taakgericht.cost)}.`);
    }
  }
  const assumptions = result.assumptions[language];
  if (assumptions.length > 0) lines.push('', `**${nl ? 'Aannames van de rekentool' : 'Calculator assumptions'}:** ${assumptions.join(' ')}`);
  lines.push('', nl
    ? 'Dit vergelijkt alleen kosten. Sturing, risico\'s voor cliënten en administratieve lasten verschillen per variant; vraag daar apart naar.'
    : 'This compares cost only. Steering, risks for clients and administrative burden differ per variant; ask about those separately.');
  const citation = calculatorCitation({
    calculator: 'compare_financing',
    language,
    snippet: Object.values(result.formulas).map((formula) => formula?.[language]).filter(Boolean).join('; '),
  });
  lines.push('', `**${nl ? 'Bron' : 'Source'}:** [1] ${citation.title}`);

  const variants = Object.keys(result.totals) as FinancingVariant[];
  const table: DataTable = {
    title: nl ? 'Kosten per jaar per variant (euro)' : 'Cost per year per variant (euro)',
    columns: [nl ? 'Jaar' : 'Year', ...variants.map(label)],
    rows: [
      ...result.years.map((row) => [row.year, ...variants.map((variant) => row[variant]?.cost ?? null)]),
      [nl ? 'Totaal' : 'Total', ...variants.map((variant) => result.totals[variant] ?? null)],
    ],
    note: `${nl ? 'Bron' : 'Source'}: ${citation.title} [1]`,
  };
  const chart: ChartSpec = {
    kind: 'bar',
    title: nl ? 'Kosten per jaar' : 'Cost per year',
    xLabel: nl ? 'Jaar' : 'Year',
    yLabel: 'euro',
    series: variants.map((variant) => ({ name: label(variant), points: result.years.map((row) => ({ x: String(row.year), y: row[variant]?.cost ?? 0 })) })),
  };
  return {
    answer: lines.join('\n'),
    citations: [citation],
    figures: [{ citationN: 1, table, chart }],
    suggestions: nl ? ['Wat zijn de risico\'s van een lumpsum?', 'Wat is taakgerichte bekostiging?'] : ['What are the risks of a lump sum for clients?', 'What is task-based funding?'],
  };
}
