import type { TopLevelSpec } from 'vega-lite';
import type { ChartSpec } from '../../assistant/index.ts';
import { CHART_FONT_FAMILY } from './chart-font.ts';
import { chartTextWidth } from './chart-text-metrics.ts';
import { CHART_COLORS, CHART_GRID_COLOR, CHART_MUTED_TEXT_COLOR, CHART_TEXT_COLOR } from './chart-palette.ts';
import { DUTCH_NUMBER_LOCALE, decimalsNeeded } from './dutch-number-format.ts';

const TITLE_FONT_SIZE = 17;
const TITLE_FONT_WEIGHT = 600;

/** Single-series bar charts with at most this many bars get their value printed on the bar. */
const MAX_LABELLED_BARS = 12;

/** Line charts with at most this many points per line mark each point with a dot. */
const MAX_MARKED_POINTS = 24;

interface ChartRow {
  x: string;
  y: number;
  series: string;
}

/**
 * The Vega-Lite specification of a chart at a fixed pixel size: bars for comparisons (grouped when
 * there are several series, horizontal when the categories would not fit under the axis), lines for
 * trends; categories keep the order in which the chart lists them; numbers in Dutch notation.
 */
export function chartToVegaLite(chart: ChartSpec, size: { width: number; height: number }): TopLevelSpec {
  const rows: ChartRow[] = chart.series.flatMap((s) =>
    s.points.filter((p) => Number.isFinite(p.y)).map((p) => ({ x: p.x, y: p.y, series: s.name })),
  );
  const categories = [...new Set(rows.map((r) => r.x))];
  const seriesNames = chart.series.map((s) => s.name);
  const multiSeries = seriesNames.length > 1;
  const longestLabel = Math.max(0, ...categories.map((c) => c.length));
  const horizontal = chart.kind === 'bar' && (categories.length > 10 || longestLabel * categories.length > 80);
  const tiltLabels = !horizontal && longestLabel * 7 * categories.length > size.width * 0.85;
  const largest = Math.max(0, ...rows.map((r) => Math.abs(r.y)));
  const valueDecimals = rows.reduce((max, r) => Math.max(max, decimalsNeeded(r.y, largest >= 10 ? 1 : 2)), 0);

  const labelled = chart.kind === 'bar' && !multiSeries && categories.length <= MAX_LABELLED_BARS;

  const category = {
    field: 'x',
    type: 'ordinal' as const,
    sort: categories,
    title: chart.xLabel ?? null,
    axis: { labelAngle: tiltLabels ? -35 : 0, labelLimit: horizontal ? 170 : 130, labelOverlap: 'parity' as const, ticks: false, domainColor: '#8a8886' },
  };
  const value = {
    field: 'y',
    type: 'quantitative' as const,
    title: chart.yLabel ?? null,
    axis: { format: ',~f', tickCount: 5, domain: false, ticks: false },
    scale: chart.kind === 'line' ? { zero: rows.every((r) => r.y >= 0) && !looksLikeNarrowRange(rows) } : { zero: true, ...(labelled ? labelRoom(rows) : {}) },
  };
  const color = multiSeries
    ? { field: 'series', type: 'nominal' as const, sort: seriesNames, scale: { domain: seriesNames, range: CHART_COLORS }, title: null }
    : { value: CHART_COLORS[0] };
  const offset = multiSeries ? { field: 'series', type: 'nominal' as const, sort: seriesNames } : undefined;

  const encoding =
    chart.kind === 'line'
      ? { x: category, y: value, color }
      : horizontal
        ? { y: category, x: value, color, ...(offset ? { yOffset: offset } : {}) }
        : { x: category, y: value, color, ...(offset ? { xOffset: offset } : {}) };

  const mark =
    chart.kind === 'line'
      ? { type: 'line' as const, point: categories.length <= MAX_MARKED_POINTS ? { size: 45, filled: true } : false, strokeWidth: 2.5, interpolate: 'linear' as const }
      : { type: 'bar' as const, cornerRadiusEnd: 2 };

  // Values sit just beyond the end of their bar: above or right of it, below or left for negative values.
  const valueLabels = (positive: boolean) => ({
    transform: [{ filter: positive ? 'datum.y >= 0' : 'datum.y < 0' }],
    mark: {
      type: 'text' as const,
      fontSize: 12,
      color: CHART_TEXT_COLOR,
      ...(horizontal
        ? { align: positive ? ('left' as const) : ('right' as const), dx: positive ? 4 : -4 }
        : { baseline: positive ? ('bottom' as const) : ('top' as const), dy: positive ? -3 : 3 }),
    },
    encoding: {
      ...(horizontal ? { y: category, x: value } : { x: category, y: value }),
      text: { field: 'y', type: 'quantitative' as const, format: `,.${valueDecimals}f` },
    },
  });

  return {
    width: size.width,
    height: size.height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: { top: 12, right: 16, bottom: 10, left: 12 },
    background: '#ffffff',
    title: { text: titleLines(chart.title, size.width - 30), anchor: 'start', fontSize: TITLE_FONT_SIZE, fontWeight: TITLE_FONT_WEIGHT, color: CHART_TEXT_COLOR, offset: 10, limit: size.width - 30, lineHeight: 21 },
    data: { values: rows },
    ...(labelled ? { layer: [{ mark, encoding }, valueLabels(true), valueLabels(false)] } : { mark, encoding }),
    config: {
      font: CHART_FONT_FAMILY,
      locale: { number: DUTCH_NUMBER_LOCALE },
      view: { stroke: null },
      scale: { bandPaddingInner: multiSeries ? 0.2 : 0.3, bandWithNestedOffsetPaddingInner: 0.25 },
      axis: {
        labelFontSize: 13,
        titleFontSize: 13,
        titleFontWeight: 600,
        labelColor: CHART_MUTED_TEXT_COLOR,
        titleColor: CHART_MUTED_TEXT_COLOR,
        gridColor: CHART_GRID_COLOR,
        labelPadding: 4,
      },
      axisBand: { grid: false },
      legend: { orient: 'top', direction: 'horizontal', labelFontSize: 13, symbolType: chart.kind === 'line' ? 'stroke' : 'square', labelLimit: 200 },
    },
  } as TopLevelSpec;
}

/** The title broken over at most two lines of at most `maxWidth` pixels (the second is cut short by Vega if needed). */
function titleLines(title: string, maxWidth: number): string | string[] {
  const fits = (text: string) => chartTextWidth(text, TITLE_FONT_SIZE, TITLE_FONT_WEIGHT) <= maxWidth;
  if (fits(title)) return title;
  const words = title.split(/\s+/);
  let first = '';
  for (const [i, word] of words.entries()) {
    const candidate = first ? `${first} ${word}` : word;
    if (!fits(candidate) && first) return [first, words.slice(i).join(' ')];
    first = candidate;
  }
  return title;
}

/** Room beyond the longest bars for their value labels, keeping zero at the edge of the axis. */
function labelRoom(rows: ChartRow[]): { domainMin?: number; domainMax?: number } {
  const ys = rows.map((r) => r.y);
  const max = Math.max(0, ...ys);
  const min = Math.min(0, ...ys);
  const room = 0.1 * (max - min);
  return { ...(max > 0 ? { domainMax: max + room } : {}), ...(min < 0 ? { domainMin: min - room } : {}) };
}

/** True when all values sit in a narrow band far from zero, where a zero baseline flattens the trend. */
function looksLikeNarrowRange(rows: ChartRow[]): boolean {
  if (rows.length === 0) return false;
  const ys = rows.map((r) => r.y);
  const min = Math.min(...ys);
  const max = Math.max(...ys);
  return min > 0 && (max - min) / max < 0.15;
}
