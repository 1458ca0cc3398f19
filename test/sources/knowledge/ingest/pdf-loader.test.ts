import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPdfDocument } from '../../../../src/sources/knowledge/ingest/loaders/pdf-loader.ts';
import { PLAIN_LAYOUT_PDF, RUNNING_HEADER_PDF, TWO_PAGE_POLICY_PDF, writeSamplePdf } from './fixtures/generate-pdf-fixture.ts';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'stelselwijzer-pdf-'));
  await writeSamplePdf(join(directory, 'toegang.pdf'), TWO_PAGE_POLICY_PDF);
  await writeSamplePdf(join(directory, 'evaluatie.pdf'), PLAIN_LAYOUT_PDF);
  await writeSamplePdf(join(directory, 'jeugdnota.pdf'), RUNNING_HEADER_PDF);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('loadPdfDocument', () => {
  it('metadata.title: the Title of the document information', async () => {
    const document = await loadPdfDocument({ filePath: join(directory, 'toegang.pdf'), source: 'docs/toegang.pdf' });
    expect(document.source).toBe('docs/toegang.pdf');
    expect(document.metadata).toEqual({ title: 'Toegang tot jeugdhulp in Voorbeeldstad', gemeenten: [], topics: [] });
  });

  it('sections: headings by font size, hyphenation undone, paragraphs re-flowed across the page break, page numbers dropped', async () => {
    const { sections } = await loadPdfDocument({ filePath: join(directory, 'toegang.pdf'), source: 'x.pdf' });
    expect(sections).toEqual([
      {
        headingPath: ['Toegang tot jeugdhulp', 'Aanleiding'],
        text:
          'De gemeente is sinds 2015 verantwoordelijk voor de jeugdhulp in de regio. Zij koopt zorg in bij aanbieders, ' +
          'bijv. via raamcontracten met een looptijd van vier jaar.\n\n' +
          'Het Wmo-beleid staat los van deze notitie. Het budget stijgt met ca. 12,5 procent tot € 1.200.000 per jaar.',
      },
      {
        headingPath: ['Toegang tot jeugdhulp', 'Financiering'],
        text: 'De aanbieders ontvangen een vast budget per kwartaal. Zij leggen verantwoording af over de resultaten.',
      },
    ]);
  });

  it('one font size and no Title: headings from the layout, title from the first line', async () => {
    const document = await loadPdfDocument({ filePath: join(directory, 'evaluatie.pdf'), source: 'x.pdf' });
    expect(document.metadata.title).toBe('Evaluatie wijkteams 2024');
    expect(document.sections.map((section) => section.headingPath)).toEqual([
      ['Evaluatie wijkteams 2024'],
      ['Evaluatie wijkteams 2024', '2.1 Bevindingen'],
    ]);
    expect(document.sections[1]?.text).toBe('De wachttijden zijn gedaald van twaalf naar zes weken in het eerste jaar.');
  });

  it('running headers and page numbers repeated on every page are dropped', async () => {
    const { sections } = await loadPdfDocument({ filePath: join(directory, 'jeugdnota.pdf'), source: 'x.pdf' });
    expect(sections).toEqual([
      {
        headingPath: [],
        text: 'De eerste pagina gaat over preventie. De tweede pagina gaat over toegang. De derde pagina gaat over inkoop.',
      },
    ]);
  });
});
