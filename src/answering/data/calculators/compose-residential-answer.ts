import type { ChartSpec, DataTable, Language } from '../../../assistant/index.ts';
import type { ResidentialScenarioOptions, ResidentialScenarioResult } from '../../../sources/calculators/index.ts';
import { calculatorCitation } from './calculator-citation.ts';
import type { ComposedDataAnswer } from '../composed-data-answer.ts';
import { formatMoney, formatNumber, formatPercent } from '../format-number.ts';

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
  const nl = language === 'nl';
  const money = (value: number): string => formatMoney({ value, language });
  const n = (value: number): string => formatNumber({ value, language });
  const currentKnown = !(options.unstatedInputs ?? []).includes('currentPlacements');
  const lines: string[] = [];
  const net = result.netSavingsPerYear;
  lines.push(net >= 0
    ? (nl ? `Netto besparing: **${money(net)} per jaar** [1].` : `Net savings: **${money(net)} a year** [1].`)
    : (nl ? `Dit scenario kost netto **${money(-net)} per jaar** meer [1].` : `This scenario costs a net **${money(-net)} a year** more [1].`));
  if (result.overYears) {
    lines.push(nl ? `Over ${result.overYears.years} jaar (constante prijzen): **${money(result.overYears.netSavings)}**.` : `Over ${result.overYears.years} years (constant prices): **${money(result.overYears.netSavings)}**.`);
  }
  lines.push('', nl ? '**Berekening** (met uw gegevens, per jaar):' : '**Calculation** (with your figures, per year):');
  if (input.reductionPercent !== undefined) {
    lines.push(nl
      ? `- Minder plaatsingen = ${n(result.currentPlacements)} × ${formatPercent({ value: input.reductionPercent, language })} = ${n(result.reducedPlacements)}`
      : `- Fewer placements = ${n(result.currentPlacements)} × ${formatPercent({ value: input.reductionPercent, language })} = ${n(result.reducedPlacements)}`);
  }
  lines.push(nl
    ? `- Bruto besparing = ${n(result.reducedPlacements)} plaatsingen × ${money(input.costPerPlacementYear)} = ${money(result.grossSavingsPerYear)}`
    : `- Gross savings = ${n(result.reducedPlacements)} placements × ${money(input.costPerPlacementYear)} = ${money(result.grossSavingsPerYear)}`);
  lines.push(nl
    ? `- Naar ambulante hulp = ${n(result.reducedPlacements)} × ${formatPercent({ value: input.shareToAmbulantPercent, language })} = ${n(result.clientsToAmbulant)} cliënten`
    : `- Moving to ambulant care = ${n(result.reducedPlacements)} × ${formatPercent({ value: input.shareToAmbulantPercent, language })} = ${n(result.clientsToAmbulant)} clients`);
  if (input.ambulantCostPerClientYear !== undefined) {
    lines.push(nl
      ? `- Extra ambulante kosten = ${n(result.clientsToAmbulant)} × ${money(input.ambulantCostPerClientYear)} = ${money(result.extraAmbulantCostPerYear)}`
      : `- Extra ambulant cost = ${n(result.clientsToAmbulant)} × ${money(input.ambulantCostPerClientYear)} = ${money(result.extraAmbulantCostPerYear)}`);
  }
  lines.push(nl
    ? `- Netto besparing = ${money(result.grossSavingsPerYear)} − ${money(result.extraAmbulantCostPerYear)} = ${money(net)}`
    : `- Net savings = ${money(result.grossSavingsPerYear)} − ${money(result.extraAmbulantCostPerYear)} = ${money(net)}`);
  if (currentKnown) {
    const percent = result.netSavingsPercentOfCurrentCost === null ? '' : (nl ? ` Dat is ${formatPercent({ value: result.netSavingsPercentOfCurrentCost, language })} van de huidige residentiële kosten (${money(result.currentResidentialCost)}).` : ` That is ${formatPercent({ value: result.netSavingsPercentOfCurrentCost, language })} of the current residential cost (${money(result.currentResidentialCost)}).`);
    lines.push('', (nl ? `Van ${n(result.currentPlacements)} naar ${n(result.remainingPlacements)} plaatsingen.` : `From ${n(result.currentPlacements)} to ${n(result.remainingPlacements)} placements.`) + percent);
  } else {
    lines.push('', nl
      ? 'U noemde het huidige aantal plaatsingen niet; de besparing hangt daar niet van af, het aandeel in de huidige kosten wel. Noem het aantal als u dat aandeel wilt weten.'
      : 'You did not give the current number of placements; the savings do not depend on it, the share of current cost does. Give the number if you want that share.');
  }
  lines.push('', nl
    ? 'Constante prijzen; frictiekosten, wachttijden en de beschikbaarheid van ambulante hulp zitten niet in deze berekening.'
    : 'Constant prices; transition costs, waiting times and the availability of ambulant care are not in this calculation.');
  const citation = calculatorCitation({
    calculator: 'residential_scenario',
    language,
    snippet: nl
      ? 'Bruto besparing = minder plaatsingen × kosten per plaatsingsjaar; extra ambulant = minder plaatsingen × aandeel naar ambulant × ambulante kosten per cliëntjaar; netto = bruto − extra ambulant.'
      : 'Gross savings = fewer placements × cost per placement-year; extra ambulant = fewer placements × share to ambulant × ambulant cost per client-year; net = gross − extra ambulant.',
  });
  lines.push('', `**${nl ? 'Bron' : 'Source'}:** [1] ${citation.title}`);

  const table: DataTable = {
    title: nl ? 'Scenario afbouw residentieel (per jaar, euro)' : 'Residential reduction scenario (per year, euro)',
    columns: [nl ? 'Post' : 'Item', nl ? 'Bedrag (euro)' : 'Amount (euro)'],
    rows: [
      [nl ? 'Bruto besparing' : 'Gross savings', result.grossSavingsPerYear],
      [nl ? 'Extra ambulante kosten' : 'Extra ambulant cost', result.extraAmbulantCostPerYear],
      [nl ? 'Netto besparing' : 'Net savings', result.netSavingsPerYear],
    ],
    note: `${nl ? 'Bron' : 'Source'}: ${citation.title} [1]`,
  };
  const chart: ChartSpec = {
    kind: 'bar',
    title: nl ? 'Besparing per jaar' : 'Savings per year',
    yLabel: 'euro',
    series: [{ name: nl ? 'Scenario' : 'Scenario', points: table.rows.map((row) => ({ x: String(row[0]), y: Number(row[1]) })) }],
  };
  return {
    answer: lines.join('\n'),
    citations: [citation],
    figures: [{ citationN: 1, table, chart }],
    suggestions: nl ? ['Hoeveel residentiële plaatsingen hadden we dit jaar?', 'Hoe heeft Hollands Kroon het aantal kinderen in residentiële zorg omlaag gekregen?'] : ['How many residential placements did we have this year?'],
  };
}
