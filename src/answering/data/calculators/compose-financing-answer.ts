import type { ChartSpec, DataTable, Language } from '../../../assistant/index.ts';
import { financingVariantLabels, type CompareFinancingOptions, type CompareFinancingResult, type FinancingVariant } from '../../../sources/calculators/index.ts';
import { calculatorCitation } from './calculator-citation.ts';
import type { ComposedDataAnswer } from '../composed-data-answer.ts';
import { formatMoney, formatNumber, formatPercent } from '../format-number.ts';
import { inLanguage } from '../../../lib/index.ts';

/**
 * Funding variants compared: the totals over the years with the cheapest first, then per variant
 * the formula and the user's inputs, the assumptions the calculator applied, and a table and
 * chart of the cost per year per variant.
 */
export function composeFinancingAnswer(options: { input: CompareFinancingOptions; result: CompareFinancingResult; language: Language }): ComposedDataAnswer {
  const { input, result, language } = options;
  const money = (value: number): string => formatMoney({ value, language });
  const label = (variant: FinancingVariant): string => financingVariantLabels[variant][language];
  const years = result.years.length;
  const lines: string[] = [];
  const [cheapest, ...others] = result.comparison;
  lines.push(inLanguage({ nl: `Totale kosten over ${years} jaar [1]:`, en: `Total cost over ${years} years [1]:` }, language));
  for (const entry of result.comparison) lines.push(`- ${label(entry.variant)}: **${money(entry.total)}**`);
  if (cheapest && others.length > 0) {
    const comparisons = others.map((entry) => {
      const percent = entry.differencePercentVsCheapest === null ? '' : ` (${formatPercent({ value: entry.differencePercentVsCheapest, language })})`;
      return inLanguage({
        nl: `${label(entry.variant)} is ${money(entry.differenceVsCheapest)}${percent} duurder`,
        en: `${label(entry.variant)} costs ${money(entry.differenceVsCheapest)}${percent} more`,
      }, language);
    });
    lines.push('', inLanguage({
      nl: `Het goedkoopst is **${label(cheapest.variant)}**; ${comparisons.join('; ')}.`,
      en: `The cheapest is **${label(cheapest.variant)}**; ${comparisons.join('; ')}.`,
    }, language));
  }

  lines.push('', inLanguage({ nl: '**Berekening** (met uw gegevens):', en: '**Calculation** (with your figures):' }, language));
  const first = result.years[0];
  for (const variant of Object.keys(result.totals) as FinancingVariant[]) {
    const formula = result.formulas[variant]?.[language] ?? '';
    lines.push(`- ${label(variant)}: ${formula}.`);
    if (variant === 'inspanningsgericht' && input.inspanningsgericht && first?.inspanningsgericht) {
      const unit = input.inspanningsgericht.unit ? ` ${input.inspanningsgericht.unit}` : '';
      lines.push(inLanguage({
        nl: `  ${inLanguage({ nl: 'Jaar', en: 'Year' }, language)} ${first.year}: ${formatNumber({ value: input.inspanningsgericht.volume, language })}${unit} × ${money(input.inspanningsgericht.pricePerUnit)} = ${money(first.inspanningsgericht.cost)}.`,
        en: `  Year ${first.year}: ${formatNumber({ value: input.inspanningsgericht.volume, language })}${unit} × ${money(input.inspanningsgericht.pricePerUnit)} = ${money(first.inspanningsgericht.cost)}.`,
      }, language));
    }
    if (variant === 'outputgericht' && input.outputgericht && first?.outputgericht) {
      lines.push(`  ${inLanguage({ nl: 'Jaar', en: 'Year' }, language)} ${first.year}: ${formatNumber({ value: input.outputgericht.trajectories, language })} × ${money(input.outputgericht.pricePerTrajectory)} = ${money(first.outputgericht.cost)}.`);
    }
    if (variant === 'taakgericht' && input.taakgericht && first?.taakgericht) {
      lines.push(`  ${inLanguage({ nl: 'Jaar', en: 'Year' }, language)} ${first.year}: lumpsum ${money(input.taakgericht.lumpsum)} = ${money(first.taakgericht.cost)}.`);
    }
  }
  const assumptions = result.assumptions[language];
  if (assumptions.length > 0) lines.push('', `**${inLanguage({ nl: 'Aannames van de rekentool', en: 'Calculator assumptions' }, language)}:** ${assumptions.join(' ')}`);
  lines.push('', inLanguage({
    nl: 'Dit vergelijkt alleen kosten. Sturing, risico\'s voor cliënten en administratieve lasten verschillen per variant; vraag daar apart naar.',
    en: 'This compares cost only. Steering, risks for clients and administrative burden differ per variant; ask about those separately.',
  }, language));
  const citation = calculatorCitation({
    calculator: 'compare_financing',
    language,
    snippet: Object.values(result.formulas).map((formula) => formula?.[language]).filter(Boolean).join('; '),
  });
  lines.push('', `**${inLanguage({ nl: 'Bron', en: 'Source' }, language)}:** [1] ${citation.title}`);

  const variants = Object.keys(result.totals) as FinancingVariant[];
  const table: DataTable = {
    title: inLanguage({ nl: 'Kosten per jaar per variant (euro)', en: 'Cost per year per variant (euro)' }, language),
    columns: [inLanguage({ nl: 'Jaar', en: 'Year' }, language), ...variants.map(label)],
    rows: [
      ...result.years.map((row) => [row.year, ...variants.map((variant) => row[variant]?.cost ?? null)]),
      [inLanguage({ nl: 'Totaal', en: 'Total' }, language), ...variants.map((variant) => result.totals[variant] ?? null)],
    ],
    note: `${inLanguage({ nl: 'Bron', en: 'Source' }, language)}: ${citation.title} [1]`,
  };
  const chart: ChartSpec = {
    kind: 'bar',
    title: inLanguage({ nl: 'Kosten per jaar', en: 'Cost per year' }, language),
    xLabel: inLanguage({ nl: 'Jaar', en: 'Year' }, language),
    yLabel: 'euro',
    series: variants.map((variant) => ({ name: label(variant), points: result.years.map((row) => ({ x: String(row.year), y: row[variant]?.cost ?? 0 })) })),
  };
  return {
    answer: lines.join('\n'),
    citations: [citation],
    figures: [{ citationN: 1, table, chart }],
    suggestions: inLanguage({
      nl: ['Wat zijn de risico\'s van een lumpsum?', 'Wat is taakgerichte bekostiging?'],
      en: ['What are the risks of a lump sum for clients?', 'What is task-based funding?'],
    }, language),
  };
}
