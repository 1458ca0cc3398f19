import type { ChartSpec, DataTable, Figure, Language } from '../../../assistant/index.ts';
import type { RegistrationMetricResult } from '../../../sources/registrations/index.ts';
import { changeText, periodLabel } from './registration-breakdown-text.ts';

/**
 * The breakdown as a table and a chart (Teams renders the chart as an image; the CLI prints the
 * table). Calendar breakdowns that reach back a year get the same period last year and the change.
 */
export function registrationFigures(result: RegistrationMetricResult, language: Language): Figure[] {
  const breakdown = result.breakdown;
  if (!breakdown || breakdown.groups.length === 0) return [];
  const nl = language === 'nl';
  const groupTitles = {
    maand: nl ? 'Maand' : 'Month',
    kwartaal: nl ? 'Kwartaal' : 'Quarter',
    jaar: nl ? 'Jaar' : 'Year',
    aanbieder: nl ? 'Aanbieder' : 'Provider',
    productcategorie: 'Productcategorie',
    gemeente: nl ? 'Gemeente' : 'Municipality',
  };
  const valueTitle = result.unit === 'euro' ? (nl ? 'Bedrag (euro)' : 'Amount (euro)') : result.unit === 'dagen' ? (nl ? 'Gemiddelde duur (dagen)' : 'Average duration (days)') : null;
  const comparable = breakdown.groups.some((group) => group.samePeriodLastYear !== null);
  const lastYearTitle = nl ? 'Zelfde periode vorig jaar' : 'Same period last year';
  const table: DataTable = {
    title: result.label[language],
    columns: [
      groupTitles[breakdown.groupBy],
      nl ? 'Unieke cliënten' : 'Distinct clients',
      nl ? 'Toewijzingen' : 'Allocations',
      ...(valueTitle ? [valueTitle] : []),
      ...(comparable ? [lastYearTitle, nl ? 'Verschil' : 'Change'] : []),
    ],
    rows: breakdown.groups.map((group) => [
      periodLabel(group.label, language),
      group.clients,
      group.allocations,
      ...(valueTitle ? [group.value] : []),
      ...(comparable ? [group.samePeriodLastYear?.value ?? null, changeText(group, result, language) ?? null] : []),
    ]),
    note: `${breakdown.note[language]} ${nl ? 'Bron' : 'Source'}: ${result.source.label[language]} [1]`,
  };
  const overTime = breakdown.groupBy === 'maand' || breakdown.groupBy === 'kwartaal' || breakdown.groupBy === 'jaar';
  const seriesName = result.source.isSample ? `${result.label[language]} (${nl ? 'voorbeelddata' : 'sample data'})` : result.label[language];
  const chart: ChartSpec = {
    kind: overTime ? 'line' : 'bar',
    title: result.label[language],
    xLabel: groupTitles[breakdown.groupBy],
    yLabel: valueTitle ?? (nl ? 'Unieke cliënten' : 'Distinct clients'),
    series: [{
      name: seriesName,
      points: breakdown.groups.flatMap((group) => {
        const y = valueTitle ? group.value : group.clients;
        return y === null ? [] : [{ x: periodLabel(group.label, language), y }];
      }),
    }],
  };
  return [{ citationN: 1, table, chart }];
}
