import type { ChartSpec, DataTable, Figure } from '../../../src/assistant/answer.ts';

const GEMEENTEN = ['Hollands Kroon', 'Den Helder', 'Schagen', 'Texel', 'Alkmaar', 'Heerhugowaard', 'Medemblik', 'Enkhuizen', 'Hoorn', 'Opmeer'];

/** Wmo spending per inhabitant in two years: a grouped bar chart. */
export const groupedBarChart: ChartSpec = {
  kind: 'bar',
  title: 'Uitgaven Wmo per inwoner',
  yLabel: 'Euro per inwoner',
  series: [
    { name: '2022', points: GEMEENTEN.slice(0, 4).map((x, i) => ({ x, y: 380 + 25 * i + 0.5 })) },
    { name: '2023', points: GEMEENTEN.slice(0, 4).map((x, i) => ({ x, y: 400 + 30 * i })) },
  ],
};

/** Youth care clients over ten years for two gemeenten: a line chart. */
export const trendLineChart: ChartSpec = {
  kind: 'line',
  title: 'Cliënten met jeugdhulp, 2015–2024',
  xLabel: 'Jaar',
  yLabel: 'Aantal cliënten',
  series: ['Hollands Kroon', 'Schagen'].map((name, s) => ({
    name,
    points: Array.from({ length: 10 }, (_, i) => ({ x: String(2015 + i), y: 1200 + 300 * s + 85 * i + (i % 3) * 40 })),
  })),
};

/** A table of ten gemeenten by ten columns (a name and nine yearly figures). */
export function tenByTenTable(): DataTable {
  const years = Array.from({ length: 9 }, (_, i) => String(2015 + i));
  return {
    title: 'Inwoners per gemeente, 2015–2023',
    columns: ['Gemeente', ...years],
    rows: GEMEENTEN.map((name, r) => [name, ...years.map((_, i) => 20_000 + 13_457 * r + 311 * i)]),
    note: 'Bron: CBS StatLine 03759ned, 2015–2023 [1]',
  };
}

/** Ten gemeenten, nine series of yearly figures: the chart of `tenByTenTable`. */
export function tenByTenChart(): ChartSpec {
  const table = tenByTenTable();
  return {
    kind: 'bar',
    title: table.title,
    series: table.columns.slice(1).map((year, c) => ({
      name: year,
      points: table.rows.map((row) => ({ x: String(row[0]), y: Number(row[c + 1]) })),
    })),
  };
}

export const wmoFigure: Figure = {
  citationN: 2,
  table: {
    title: 'Uitgaven Wmo per inwoner',
    columns: ['Gemeente', '2022', '2023', 'Verschil (%)'],
    rows: [
      ['Hollands Kroon', 380.5, 400, 5.1],
      ['Den Helder', 405.5, 430, 6.04],
      ['Schagen', 430.5, 460, null],
    ],
    note: 'Bron: CBS Iv3, 2022–2023 [2]',
  },
  chart: groupedBarChart,
};
