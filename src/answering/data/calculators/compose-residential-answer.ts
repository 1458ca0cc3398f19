import type { ChartSpec, DataTable, Language } from '../../../assistant/index.ts';
import type { ResidentialScenarioOptions, ResidentialScenarioResult } from '../../../sources/calculators/index.ts';
import { calculatorCitation } from './calculator-citation.ts';
import type { ComposedDataAnswer } from '../composed-data-answer.ts';
import { formatMoney, formatNumber, formatPercent } from '../format-number.ts';
import { inLanguage } from '../../../lib/index.ts';

/**
 * Afbouw residentieel: the net savings per year first, then gross savings minus the extra
 * ambulant cost step by step with the user's inputs. Figures that depend on the current number
 * of placements are left out when the user did not give it (`unstatedInputs`).
 */
export function composeResidentialAnswer(options: {
  input: ResidentialScenarioOptions;
  result: ResidentialScenarioResult;
  language: Language;
  unstatedInputs?: string[];
}): ComposedDataAnswer {
  const { input, result, language } = options;
  const money = (value: number): string => formatMoney({ value, language });
  const n = (value: number): string => formatNumber({ value, language });
  const currentKnown = !(options.unstatedInputs ?? []).includes('currentPlacements');
  const lines: string[] = [];
  const net = result.netSavingsPerYear;
  lines.push(net >= 0
    ? inLanguage({ nl: `Netto besparing: **${money(net)} per jaar** [1].`, en: `Net savings: **${money(net)} a year** [1].` }, language)
    : inLanguage({ nl: `Dit scenario kost netto **${money(-net)} per jaar** meer [1].`, en: `This scenario costs a net **${money(-net)} a year** more [1].` }, language));
  if (result.overYears) {
    lines.push(inLanguage({
      nl: `Over ${result.overYears.years} jaar (constante prijzen): **${money(result.overYears.netSavings)}**.`,
      en: `Over ${result.overYears.years} years (constant prices): **${money(result.overYears.netSavings)}**.`,
    }, language));
  }
  lines.push('', inLanguage({ nl: '**Berekening** (met uw gegevens, per jaar):', en: '**Calculation** (with your figures, per year):' }, language));
  if (input.reductionPercent !== undefined) {
    lines.push(inLanguage({
      nl: `- Minder plaatsingen = ${n(result.currentPlacements)} × ${formatPercent({ value: input.reductionPercent, language })} = ${n(result.reducedPlacements)}`,
      en: `- Fewer placements = ${n(result.currentPlacements)} × ${formatPercent({ value: input.reductionPercent, language })} = ${n(result.reducedPlacements)}`,
    }, language));
  }
  lines.push(inLanguage({
    nl: `- Bruto besparing = ${n(result.reducedPlacements)} plaatsingen × ${money(input.costPerPlacementYear)} = ${money(result.grossSavingsPerYear)}`,
    en: `- Gross savings = ${n(result.reducedPlacements)} placements × ${money(input.costPerPlacementYear)} = ${money(result.grossSavingsPerYear)}`,
  }, language));
  lines.push(inLanguage({
    nl: `- Naar ambulante hulp = ${n(result.reducedPlacements)} × ${formatPercent({ value: input.shareToAmbulantPercent, language })} = ${n(result.clientsToAmbulant)} cliënten`,
    en: `- Moving to ambulant care = ${n(result.reducedPlacements)} × ${formatPercent({ value: input.shareToAmbulantPercent, language })} = ${n(result.clientsToAmbulant)} clients`,
  }, language));
  if (input.ambulantCostPerClientYear !== undefined) {
    lines.push(inLanguage({
      nl: `- Extra ambulante kosten = ${n(result.clientsToAmbulant)} × ${money(input.ambulantCostPerClientYear)} = ${money(result.extraAmbulantCostPerYear)}`,
      en: `- Extra ambulant cost = ${n(result.clientsToAmbulant)} × ${money(input.ambulantCostPerClientYear)} = ${money(result.extraAmbulantCostPerYear)}`,
    }, language));
  }
  lines.push(inLanguage({
    nl: `- Netto besparing = ${money(result.grossSavingsPerYear)} − ${money(result.extraAmbulantCostPerYear)} = ${money(net)}`,
    en: `- Net savings = ${money(result.grossSavingsPerYear)} − ${money(result.extraAmbulantCostPerYear)} = ${money(net)}`,
  }, language));
  if (currentKnown) {
    const percent = result.netSavingsPercentOfCurrentCost === null ? '' : inLanguage({
      nl: ` Dat is ${formatPercent({ value: result.netSavingsPercentOfCurrentCost, language })} van de huidige residentiële kosten (${money(result.currentResidentialCost)}).`,
      en: ` That is ${formatPercent({ value: result.netSavingsPercentOfCurrentCost, language })} of the current residential cost (${money(result.currentResidentialCost)}).`,
    }, language);
    lines.push('', inLanguage({
      nl: `Van ${n(result.currentPlacements)} naar ${n(result.remainingPlacements)} plaatsingen.`,
      en: `From ${n(result.currentPlacements)} to ${n(result.remainingPlacements)} placements.`,
    }, language) + percent);
  } else {
    lines.push('', inLanguage({
      nl: 'U noemde het huidige aantal plaatsingen niet; de besparing hangt daar niet van af, het aandeel in de huidige kosten wel. Noem het aantal als u dat aandeel wilt weten.',
      en: 'You did not give the current number of placements; the savings do not depend on it, the share of current cost does. Give the number if you want that share.',
    }, language));
  }
  lines.push('', inLanguage({
    nl: 'Constante prijzen; frictiekosten, wachttijden en de beschikbaarheid van ambulante hulp zitten niet in deze berekening.',
    en: 'Constant prices; transition costs, waiting times and the availability of ambulant care are not in this calculation.',
  }, language));
  const citation = calculatorCitation({
    calculator: 'residential_scenario',
    language,
    snippet: inLanguage({
      nl: 'Bruto besparing = minder plaatsingen × kosten per plaatsingsjaar; extra ambulant = minder plaatsingen × aandeel naar ambulant × ambulante kosten per cliëntjaar; netto = bruto − extra ambulant.',
      en: 'Gross savings = fewer placements × cost per placement-year; extra ambulant = fewer placements × share to ambulant × ambulant cost per client-year; net = gross − extra ambulant.',
    }, language),
  });
  lines.push('', `**${inLanguage({ nl: 'Bron', en: 'Source' }, language)}:** [1] ${citation.title}`);

  const table: DataTable = {
    title: inLanguage({ nl: 'Scenario afbouw residentieel (per jaar, euro)', en: 'Residential reduction scenario (per year, euro)' }, language),
    columns: [inLanguage({ nl: 'Post', en: 'Item' }, language), inLanguage({ nl: 'Bedrag (euro)', en: 'Amount (euro)' }, language)],
    rows: [
      [inLanguage({ nl: 'Bruto besparing', en: 'Gross savings' }, language), result.grossSavingsPerYear],
      [inLanguage({ nl: 'Extra ambulante kosten', en: 'Extra ambulant cost' }, language), result.extraAmbulantCostPerYear],
      [inLanguage({ nl: 'Netto besparing', en: 'Net savings' }, language), result.netSavingsPerYear],
    ],
    note: `${inLanguage({ nl: 'Bron', en: 'Source' }, language)}: ${citation.title} [1]`,
  };
  const chart: ChartSpec = {
    kind: 'bar',
    title: inLanguage({ nl: 'Besparing per jaar', en: 'Savings per year' }, language),
    yLabel: 'euro',
    series: [{ name: inLanguage({ nl: 'Scenario', en: 'Scenario' }, language), points: table.rows.map((row) => ({ x: String(row[0]), y: Number(row[1]) })) }],
  };
  return {
    answer: lines.join('\n'),
    citations: [citation],
    figures: [{ citationN: 1, table, chart }],
    suggestions: inLanguage({
      nl: ['Hoeveel residentiële plaatsingen hadden we dit jaar?', 'Hoe heeft Hollands Kroon het aantal kinderen in residentiële zorg omlaag gekregen?'],
      en: ['How many residential placements did we have this year?'],
    }, language),
  };
}
