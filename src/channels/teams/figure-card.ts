import type { Attachment } from '@microsoft/agents-activity';
import type { ChartSpec, DataTable, Figure, Language } from '../../assistant/index.ts';
import { downscalePng, readPngSize } from '../presentation/index.ts';
import { toDisplayTable, type DisplayTable } from '../presentation/index.ts';
import { TEAMS_MESSAGE_LIMIT_BYTES, teamsPayloadBytes } from './teams-payload-bytes.ts';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * Card size we aim under, counted as Teams does (`teamsPayloadBytes`: UTF-16, images excluded):
 * 70% of the 100 KB message limit, leaving room for the answer text, its citations and the sources card.
 */
export const MAX_FIGURE_CARD_BYTES = Math.floor(TEAMS_MESSAGE_LIMIT_BYTES * 0.7);

/**
 * Size of one inline chart PNG we aim under. Images do not count against the message limit, but
 * they travel inside the activity; a rendered chart is some tens of KB, so this only catches outliers.
 */
export const MAX_CHART_PNG_BYTES = 200_000;

/** Tables with more columns than this get small text and no grid lines, to fit narrow cards. */
const COMPACT_TABLE_COLUMNS = 5;

/** Widths a chart is scaled down to, in turn, when the card would be too large. */
const DOWNSCALE_FACTORS = [0.85, 0.7, 0.55];

export interface FigureCardOptions {
  figure: Figure;
  /** The chart of `figure`, rendered by `renderChartPng`; without it the card has no image. */
  png?: Buffer;
  language: Language;
  /** Upper bound of the card's size as Teams counts it (images excluded); `MAX_FIGURE_CARD_BYTES` unless told. */
  maxBytes?: number;
  /** Upper bound of the chart PNG in bytes; `MAX_CHART_PNG_BYTES` unless told. */
  maxImageBytes?: number;
}

type CardElement = Record<string, unknown>;

const LABELS = {
  nl: { bar: 'Staafdiagram', line: 'Lijndiagram', source: 'Bron', dropped: 'De grafiek is weggelaten: te groot voor een Teams-bericht.', figure: 'Cijfers' },
  en: { bar: 'Bar chart', line: 'Line chart', source: 'Source', dropped: 'The chart was left out: too large for a Teams message.', figure: 'Figures' },
} as const;

/**
 * An Adaptive Card (1.5) for one figure: its title, the table (a `Table`, or a `FactSet` for one or
 * two columns), the chart as an inline PNG, and the source note with its `[n]` citation. The chart
 * is scaled down to stay under `maxImageBytes`, or left out with a word in the note when it does
 * not fit or the card is over `maxBytes` even without it.
 */
export async function figureCard(options: FigureCardOptions): Promise<Attachment> {
  const { figure, png, language, maxBytes = MAX_FIGURE_CARD_BYTES, maxImageBytes = MAX_CHART_PNG_BYTES } = options;
  const labels = LABELS[language];
  const title = figure.table?.title ?? figure.chart?.title ?? labels.figure;
  const note = sourceNote(figure, labels.source);
  const head: CardElement[] = [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' }];
  if (figure.table) head.push(...tableElements(figure.table));

  const withoutImage = (noteText: string) => adaptiveCard([...head, noteBlock(noteText)]);
  if (!png || !figure.chart) return attachment(withoutImage(note));

  const altText = chartAltText(figure.chart, labels);
  const image = await fittingImage(png, maxImageBytes);
  if (image) {
    const card = adaptiveCard([...head, imageBlock(image, altText), noteBlock(note)]);
    if (teamsPayloadBytes(card) <= maxBytes) return attachment(card);
  }
  return attachment(withoutImage(`${note} ${labels.dropped}`));
}

/** The chart as rendered, or the first smaller copy under `maxImageBytes`; undefined when none is. */
async function fittingImage(png: Buffer, maxImageBytes: number): Promise<Buffer | undefined> {
  if (png.length <= maxImageBytes) return png;
  const size = await readPngSize(png);
  if (!size) return undefined;
  for (const factor of DOWNSCALE_FACTORS) {
    const smaller = await downscalePng(png, Math.round(size.width * factor));
    if (smaller.length <= maxImageBytes) return smaller;
  }
  return undefined;
}

function tableElements(table: DataTable): CardElement[] {
  const display = toDisplayTable(table);
  if (display.columns.length <= 2) return factSetElements(display);
  const widths = display.columns.map((header, c) =>
    Math.min(4, Math.max(1, Math.ceil(Math.max(header.length, ...display.rows.map((r) => r[c]?.text.length ?? 0)) / 8))),
  );
  const columns = display.columns.map((_, c) => ({
    width: widths[c],
    horizontalCellContentAlignment: display.numericColumns[c] ? 'Right' : 'Left',
  }));
  const compact = display.columns.length > COMPACT_TABLE_COLUMNS;
  const cell = (text: string, bold = false): CardElement => ({
    type: 'TableCell',
    items: [{ type: 'TextBlock', text, wrap: true, ...(bold ? { weight: 'Bolder' } : {}), ...(compact ? { size: 'Small' } : {}) }],
  });
  const header = { type: 'TableRow', style: 'accent', cells: display.columns.map((h) => cell(h, true)) };
  const body = display.rows.map((row) => ({ type: 'TableRow', cells: row.map((c) => cell(c.text)) }));
  return [{ type: 'Table', columns, rows: [header, ...body], firstRowAsHeaders: true, showGridLines: !compact, gridStyle: 'default', spacing: 'Medium' }];
}

/** One or two columns read better as label–value pairs than as a table. */
function factSetElements(display: DisplayTable): CardElement[] {
  const [labelHeader = '', valueHeader] = display.columns;
  if (valueHeader === undefined) {
    return [{ type: 'TextBlock', text: display.rows.map((r) => `- ${r[0]?.text ?? ''}`).join('\n'), wrap: true, spacing: 'Medium' }];
  }
  const facts = display.rows.map((r) => ({ title: r[0]?.text ?? '', value: r[1]?.text ?? '' }));
  return [
    { type: 'TextBlock', text: `${labelHeader} — ${valueHeader}`, size: 'Small', weight: 'Bolder', wrap: true, spacing: 'Medium' },
    { type: 'FactSet', facts, spacing: 'Small' },
  ];
}

function imageBlock(png: Buffer, altText: string): CardElement {
  return { type: 'Image', url: `data:image/png;base64,${png.toString('base64')}`, altText, size: 'Stretch', spacing: 'Medium' };
}

function noteBlock(text: string): CardElement {
  return { type: 'TextBlock', text, size: 'Small', isSubtle: true, wrap: true, spacing: 'Small' };
}

/** The table's note, made sure to carry the figure's `[n]` citation. */
function sourceNote(figure: Figure, sourceLabel: string): string {
  const marker = `[${figure.citationN}]`;
  const note = figure.table?.note?.trim();
  if (!note) return `${sourceLabel}: ${marker}`;
  return note.includes(marker) ? note : `${note} ${marker}`;
}

/** What a screen reader says for the chart: its kind, title and series. */
function chartAltText(chart: ChartSpec, labels: (typeof LABELS)[Language]): string {
  const series = chart.series.length > 1 ? ` (${chart.series.map((s) => s.name).join(', ')})` : '';
  return `${chart.kind === 'bar' ? labels.bar : labels.line}: ${chart.title}${series}`;
}

function adaptiveCard(body: CardElement[]): CardElement {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', msteams: { width: 'Full' }, body };
}

function attachment(card: CardElement): Attachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
