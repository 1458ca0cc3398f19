import { describe, expect, it } from 'vitest';
import { ADAPTIVE_CARD_CONTENT_TYPE, figureCard, MAX_FIGURE_CARD_BYTES } from '../../../src/channels/teams/figure-card.ts';
import { renderChartPng } from '../../../src/presentation/render-chart.ts';
import { tenByTenChart, tenByTenTable, wmoFigure } from '../../presentation/figure-fixtures.ts';
import { distinctColours, ihdrSize, PNG_MAGIC } from '../../presentation/png-inspection.ts';

interface Card {
  type: string;
  version: string;
  body: Record<string, unknown>[];
}

interface TableElement {
  columns: { horizontalCellContentAlignment: string }[];
  rows: { cells: { items: { text: string }[] }[] }[];
  firstRowAsHeaders: boolean;
}

const cardOf = (attachment: { content?: unknown }): Card => attachment.content as Card;
const element = (card: Card, type: string) => card.body.find((e) => e.type === type);
const cellTexts = (table: TableElement, row: number) => table.rows[row]?.cells.map((c) => c.items[0]?.text);

describe('figureCard', () => {
  it('is an Adaptive Card 1.5 with title, a Table with header row, the chart image and the source note', async () => {
    const png = await renderChartPng({ chart: wmoFigure.chart! });
    const attachment = figureCard({ figure: wmoFigure, png, language: 'nl' });
    expect(attachment.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    const card = cardOf(attachment);
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Uitgaven Wmo per inwoner', weight: 'Bolder' });

    const table = element(card, 'Table') as unknown as TableElement;
    expect(table.columns).toHaveLength(4);
    expect(table.rows).toHaveLength(4);
    expect(table.firstRowAsHeaders).toBe(true);
    expect(table.columns.map((c) => c.horizontalCellContentAlignment)).toEqual(['Left', 'Right', 'Right', 'Right']);
    expect(cellTexts(table, 0)).toEqual(['Gemeente', '2022', '2023', 'Verschil (%)']);
    expect(cellTexts(table, 1)).toEqual(['Hollands Kroon', '380,5', '400', '5,10']);
    expect(cellTexts(table, 3)).toEqual(['Schagen', '430,5', '460', '–']);

    const image = element(card, 'Image') as { url: string; altText: string };
    expect(image.altText).toBe('Staafdiagram: Uitgaven Wmo per inwoner (2022, 2023)');
    const [prefix, base64 = ''] = image.url.split(',');
    expect(prefix).toBe('data:image/png;base64');
    const decoded = Buffer.from(base64, 'base64');
    expect([...decoded.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(decoded.equals(png)).toBe(true);

    expect(card.body.at(-1)).toMatchObject({ type: 'TextBlock', text: 'Bron: CBS Iv3, 2022–2023 [2]', size: 'Small', isSubtle: true });
  });

  it('stays under the size limit for a 10×10 table with a chart, scaling the chart down if needed', async () => {
    const png = await renderChartPng({ chart: tenByTenChart() });
    const attachment = figureCard({ figure: { citationN: 1, table: tenByTenTable(), chart: tenByTenChart() }, png, language: 'nl' });
    const card = cardOf(attachment);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(MAX_FIGURE_CARD_BYTES);
    const table = element(card, 'Table') as unknown as TableElement & { showGridLines: boolean };
    expect(table.columns).toHaveLength(10);
    expect(table.showGridLines).toBe(false);
    expect(table.rows[1]?.cells[1]?.items[0]).toMatchObject({ text: '20.000', size: 'Small' });
    expect(table.rows).toHaveLength(11);
    const image = element(card, 'Image') as { url: string } | undefined;
    expect(image).toBeDefined();
    const decoded = Buffer.from(image!.url.split(',')[1] ?? '', 'base64');
    expect(ihdrSize(decoded).width).toBeLessThanOrEqual(600);
    expect(distinctColours(decoded)).toBeGreaterThan(10);
  });

  it('scales the chart down when the card with the full-size chart is just too large', async () => {
    const png = await renderChartPng({ chart: wmoFigure.chart! });
    const fullSize = Buffer.byteLength(JSON.stringify(figureCard({ figure: wmoFigure, png, language: 'nl' }).content));
    const card = cardOf(figureCard({ figure: wmoFigure, png, language: 'nl', maxBytes: fullSize - 1 }));
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(fullSize);
    const image = element(card, 'Image') as { url: string };
    const { width, height } = ihdrSize(Buffer.from(image.url.split(',')[1] ?? '', 'base64'));
    expect(width).toBeLessThan(600);
    expect(width).toBeGreaterThanOrEqual(330);
    expect(height / width).toBeCloseTo(360 / 600, 1);
  });

  it('leaves the chart out and says so when even a small copy does not fit', async () => {
    const png = await renderChartPng({ chart: wmoFigure.chart! });
    const card = cardOf(figureCard({ figure: wmoFigure, png, language: 'nl', maxBytes: 4_000 }));
    expect(element(card, 'Image')).toBeUndefined();
    expect(card.body.at(-1)?.text).toBe('Bron: CBS Iv3, 2022–2023 [2] De grafiek is weggelaten: te groot voor een Teams-bericht.');
  });

  it('shows one or two columns as a FactSet and adds the citation to a note without it', () => {
    const figure = {
      citationN: 3,
      table: { title: 'Inwoners', columns: ['Gemeente', 'Inwoners'], rows: [['Texel', 13_985], ['Schagen', 47_512]], note: 'Bron: CBS' },
    };
    const card = cardOf(figureCard({ figure, language: 'en' }));
    expect(element(card, 'Table')).toBeUndefined();
    expect(element(card, 'FactSet')).toMatchObject({ facts: [{ title: 'Texel', value: '13.985' }, { title: 'Schagen', value: '47.512' }] });
    expect(card.body.at(-1)?.text).toBe('Bron: CBS [3]');
  });

  it('writes a source line with the citation when the figure has no note', () => {
    const card = cardOf(figureCard({ figure: { citationN: 4, chart: wmoFigure.chart! }, language: 'en' }));
    expect(card.body[0]?.text).toBe('Uitgaven Wmo per inwoner');
    expect(card.body.at(-1)?.text).toBe('Source: [4]');
  });
});
