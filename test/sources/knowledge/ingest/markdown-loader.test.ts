import { describe, expect, it } from 'vitest';
import { markdownSections } from '../../../../src/sources/knowledge/ingest/loaders/markdown-sections.ts';
import { loadMarkdownDocument } from '../../../../src/sources/knowledge/ingest/loaders/markdown-loader.ts';
import { fixturePath } from './fixtures/fixture-path.ts';

describe('loadMarkdownDocument', () => {
  it('metadata: reads and normalises the front matter', async () => {
    const document = await loadMarkdownDocument({ filePath: fixturePath('beleidsnotitie-taakgericht.md'), source: 'knowledge/notitie.md' });
    expect(document.source).toBe('knowledge/notitie.md');
    expect(document.metadata).toEqual({
      title: 'Taakgericht financieren in de jeugdhulp',
      publisher: 'Gemeente Voorbeeldstad',
      url: 'https://example.org/taakgericht',
      date: '2023-04-05',
      type: 'advies',
      gemeenten: ['Utrecht'],
      topics: ['taakgericht', 'lumpsum', '42'],
    });
  });

  it('sections: one per heading, with the heading path and without fake headings from comments or code', async () => {
    const { sections } = await loadMarkdownDocument({ filePath: fixturePath('beleidsnotitie-taakgericht.md'), source: 'x.md' });
    expect(sections.map((section) => section.headingPath)).toEqual([
      ['Taakgericht financieren'],
      ['Taakgericht financieren', "Risico's"],
      ['Taakgericht financieren', "Risico's", 'Monitoring'],
      ['Taakgericht financieren', 'Bronnen'],
    ]);
    expect(sections.map((section) => section.text).join('\n')).not.toMatch(/Interne notitie|Dit is geen kop/);
  });

  it('section text: links, images and emphasis stripped, paragraph lines rejoined', async () => {
    const { sections } = await loadMarkdownDocument({ filePath: fixturePath('beleidsnotitie-taakgericht.md'), source: 'x.md' });
    expect(sections[0]?.text).toBe(
      'Bij taakgericht financieren krijgt een aanbieder een vast budget voor een taak, bijv. de jeugdhulp in een wijk. ' +
        'Zie de handreiking en de toelichting.',
    );
  });

  it('section text: list items and table rows stay separate lines, code stays text', async () => {
    const { sections } = await loadMarkdownDocument({ filePath: fixturePath('beleidsnotitie-taakgericht.md'), source: 'x.md' });
    expect(sections[1]?.text).toBe(
      [
        "De belangrijkste risico's zijn:",
        '',
        '- wachtlijsten bij een te krap budget;',
        '- onderbesteding van het budget;',
        '- minder keuzevrijheid voor cliënten.',
        '',
        'Risico | Maatregel',
        'Wachtlijst | Monitoring per kwartaal',
        '',
        '# Geen kop, maar code',
      ].join('\n'),
    );
  });

  it('title: falls back to the first level-1 heading, then to the file name', async () => {
    const withHeading = await loadMarkdownDocument({ filePath: fixturePath('zonder-front-matter.md'), source: 'x.md' });
    expect(withHeading.metadata).toEqual({ title: 'Lumpsum in Zeeland', gemeenten: [], topics: [] });
    expect(withHeading.sections[0]).toEqual({ headingPath: [], text: 'Inleidende tekst zonder kop.' });

    const withoutHeading = await loadMarkdownDocument({ filePath: fixturePath('alleen-front-matter.md'), source: 'x.md' });
    expect(withoutHeading.metadata.title).toBe('Alleen metadata');
    expect(withoutHeading.sections).toEqual([]);
  });
});

describe('markdownSections', () => {
  it('setext headings, heading attributes, tables without outer pipes, block quotes and escapes', () => {
    const markdown = [
      'Financiering',
      '============',
      '',
      '## Varianten {#varianten}',
      '',
      'Variant | Risico',
      '--- | ---',
      'Taakgericht | Wachtlijsten',
      '',
      '> Geciteerd \\*advies\\* van de raad.',
    ].join('\n');
    expect(markdownSections(markdown)).toEqual({
      firstTopHeading: 'Financiering',
      sections: [
        {
          headingPath: ['Financiering', 'Varianten'],
          text: 'Variant | Risico\nTaakgericht | Wachtlijsten\n\nGeciteerd *advies* van de raad.',
        },
      ],
    });
  });
});
