import { describe, expect, it } from 'vitest';
import { ADAPTIVE_CARD_CONTENT_TYPE, figureCard, MAX_FIGURE_CARD_BYTES } from '../../../src/channels/teams/figure-card.ts';
import { TEAMS_MESSAGE_LIMIT_BYTES, teamsPayloadBytes } from '../../../src/channels/teams/teams-payload-bytes.ts';
import { renderChartPng } from '../../../src/channels/presentation/render-chart.ts';
import { tenByTenChart, tenByTenTable, wmoFigure } from '../presentation/figure-fixtures.ts';
import { distinctColours, ihdrSize, PNG_MAGIC } from '../presentation/png-inspection.ts';

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
    const attachment = await figureCard({ figure: wmoFigure, png, language: 'nl' });
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

  it('keeps a 10×10 table with its full-size chart under the budget Teams counts (UTF-16, images excluded)', async () => {
    const png = await renderChartPng({ chart: tenByTenChart() });
    const attachment = await figureCard({ figure: { citationN: 1, table: tenByTenTable(), chart: tenByTenChart() }, png, language: 'nl' });
    const card = cardOf(attachment);
    expect(MAX_FIGURE_CARD_BYTES).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(teamsPayloadBytes(card)).toBeLessThanOrEqual(MAX_FIGURE_CARD_BYTES);
    // The image is left out of the count but sent in full.
    expect(teamsPayloadBytes(card)).toBeLessThan(JSON.stringify(card).length * 2 - png.toString('base64').length * 2 + 100);
    const table = element(card, 'Table') as unknown as TableElement & { showGridLines: boolean };
    expect(table.columns).toHaveLength(10);
    expect(table.showGridLines).toBe(false);
    expect(table.rows[1]?.cells[1]?.items[0]).toMatchObject({ text: '20.000', size: 'Small' });
    expect(table.rows).toHaveLength(11);
    const image = element(card, 'Image') as { url: string } | undefined;
    expect(image).toBeDefined();
    const decoded = Buffer.from(image!.url.split(',')[1] ?? '', 'base64');
    expect(decoded.equals(png)).toBe(true);
    expect(distinctColours(decoded)).toBeGreaterThan(10);
  });

  it('scales the chart down when the full-size PNG is over the image budget', async () => {
    const png = await renderChartPng({ chart: wmoFigure.chart!, width: 1200, height: 720 });
    const card = cardOf(await figureCard({ figure: wmoFigure, png, language: 'nl', maxImageBytes: png.length - 1 }));
    const image = element(card, 'Image') as { url: string };
    const scaled = Buffer.from(image.url.split(',')[1] ?? '', 'base64');
    const { width, height } = ihdrSize(scaled);
    expect(scaled.length).toBeLessThan(png.length);
    expect(width).toBeLessThan(1200);
    expect(width).toBeGreaterThanOrEqual(660);
    expect(height / width).toBeCloseTo(720 / 1200, 1);
  });

  it('leaves the chart out and says so when even a small copy does not fit', async () => {
    const png = await renderChartPng({ chart: wmoFigure.chart! });
    const card = cardOf(await figureCard({ figure: wmoFigure, png, language: 'nl', maxImageBytes: 500 }));
    expect(element(card, 'Image')).toBeUndefined();
    expect(card.body.at(-1)?.text).toBe('Bron: CBS Iv3, 2022–2023 [2] De grafiek is weggelaten: te groot voor een Teams-bericht.');
  });

  it('leaves the chart out when the card is over its budget even without it', async () => {
    const png = await renderChartPng({ chart: wmoFigure.chart! });
    const card = cardOf(await figureCard({ figure: wmoFigure, png, language: 'nl', maxBytes: 500 }));
    expect(element(card, 'Image')).toBeUndefined();
    expect(card.body.at(-1)?.text).toBe('Bron: CBS Iv3, 2022–2023 [2] De grafiek is weggelaten: te groot voor een Teams-bericht.');
  });

  it('shows one or two columns as a FactSet and adds the citation to a note without it', async () => {
    const figure = {
      citationN: 3,
      table: { title: 'Inwoners', columns: ['Gemeente', 'Inwoners'], rows: [['Texel', 13_985], ['Schagen', 47_512]], note: 'Bron: CBS' },
    };
    const card = cardOf(await figureCard({ figure, language: 'en' }));
    expect(element(card, 'Table')).toBeUndefined();
    expect(element(card, 'FactSet')).toMatchObject({ facts: [{ title: 'Texel', value: '13.985' }, { title: 'Schagen', value: '47.512' }] });
    expect(card.body.at(-1)?.text).toBe('Bron: CBS [3]');
  });

  it('writes a source line with the citation when the figure has no note', async () => {
    const card = cardOf(await figureCard({ figure: { citationN: 4, chart: wmoFigure.chart! }, language: 'en' }));
    expect(card.body[0]?.text).toBe('Uitgaven Wmo per inwoner');
    expect(card.body.at(-1)?.text).toBe('Source: [4]');
  });
});
