import type { ChartSpec, DataTable, Figure, Language } from '../../../assistant/index.ts';
import type { RegistrationMetricResult } from '../../../sources/registrations/index.ts';
import { changeText, periodLabel } from './registration-breakdown-text.ts';
import { inLanguage } from '../../../lib/index.ts';

/**
 * The breakdown as a table and a chart (Teams renders the chart as an image; the CLI prints the
 * table). Calendar breakdowns that reach back a year get the same period last year and the change.
 */
export function registrationFigures(result: RegistrationMetricResult, language: Language): Figure[] {
  const breakdown = result.breakdown;
  if (!breakdown || breakdown.groups.length === 0) return [];
  const groupTitles = {
    maand: inLanguage({ nl: 'Maand', en: 'Month' }, language),
    kwartaal: inLanguage({ nl: 'Kwartaal', en: 'Quarter' }, language),
    jaar: inLanguage({ nl: 'Jaar', en: 'Year' }, language),
    aanbieder: inLanguage({ nl: 'Aanbieder', en: 'Provider' }, language),
    productcategorie: 'Productcategorie',
    gemeente: inLanguage({ nl: 'Gemeente', en: 'Municipality' }, language),
  };
  const valueTitle = result.unit === 'euro' ? inLanguage({ nl: 'Bedrag (euro)', en: 'Amount (euro)' }, language) : result.unit === 'dagen' ? inLanguage({ nl: 'Gemiddelde duur (dagen)', en: 'Average duration (days)' }, language) : null;
  const comparable = breakdown.groups.some((group) => group.samePeriodLastYear !== null);
  const lastYearTitle = inLanguage({ nl: 'Zelfde periode vorig jaar', en: 'Same period last year' }, language);
  const table: DataTable = {
    title: result.label[language],
    columns: [
      groupTitles[breakdown.groupBy],
      inLanguage({ nl: 'Unieke cliënten', en: 'Distinct clients' }, language),
      inLanguage({ nl: 'Toewijzingen', en: 'Allocations' }, language),
      ...(valueTitle ? [valueTitle] : []),
      ...(comparable ? [lastYearTitle, inLanguage({ nl: 'Verschil', en: 'Change' }, language)] : []),
    ],
    rows: breakdown.groups.map((group) => [
      periodLabel(group.label, language),
      group.clients,
      group.allocations,
      ...(valueTitle ? [group.value] : []),
      ...(comparable ? [group.samePeriodLastYear?.value ?? null, changeText(group, result, language) ?? null] : []),
    ]),
    note: `${breakdown.note[language]} ${inLanguage({ nl: 'Bron', en: 'Source' }, language)}: ${result.source.label[language]} [1]`,
  };
  const overTime = breakdown.groupBy === 'maand' || breakdown.groupBy === 'kwartaal' || breakdown.groupBy === 'jaar';
  const seriesName = result.source.isSample ? `${result.label[language]} (${inLanguage({ nl: 'voorbeelddata', en: 'sample data' }, language)})` : result.label[language];
  const chart: ChartSpec = {
    kind: overTime ? 'line' : 'bar',
    title: result.label[language],
    xLabel: groupTitles[breakdown.groupBy],
    yLabel: valueTitle ?? inLanguage({ nl: 'Unieke cliënten', en: 'Distinct clients' }, language),
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
