import { describe, expect, it } from 'vitest';
import { htmlToDocument, loadHtmlDocument } from '../../../../src/sources/knowledge/ingest/loaders/html-loader.ts';
import { fixturePath } from './fixtures/fixture-path.ts';

describe('loadHtmlDocument', () => {
  it('metadata: title from <h1> when <title> adds a site suffix; publisher, date and canonical url from the head', async () => {
    const document = await loadHtmlDocument({ filePath: fixturePath('jeugdhulp-pagina.html'), source: 'web/jeugdhulp.html' });
    expect(document.metadata).toEqual({
      title: 'Jeugdhulp in de regio',
      publisher: 'Gemeente Voorbeeldstad',
      url: 'https://voorbeeldstad.nl/jeugdhulp',
      date: '2024-02-29',
      gemeenten: [],
      topics: [],
    });
  });

  it('sections: by h1–h3, list items and table rows as lines, page chrome and scripts dropped', async () => {
    const { sections } = await loadHtmlDocument({ filePath: fixturePath('jeugdhulp-pagina.html'), source: 'x.html' });
    expect(sections).toEqual([
      {
        headingPath: ['Jeugdhulp in de regio'],
        text: 'De regio koopt jeugdhulp gezamenlijk in. Dat gebeurt o.a. via raamcontracten.',
      },
      {
        headingPath: ['Jeugdhulp in de regio', 'Vormen van hulp'],
        text: 'Er zijn drie vormen:\n\n- ambulante hulp\n- dagbehandeling\n- met vervoer\n- verblijf',
      },
      {
        headingPath: ['Jeugdhulp in de regio', 'Vormen van hulp', 'Tarieven'],
        text: 'Vorm | Tarief\nAmbulant | € 75,50 per uur',
      },
    ]);
  });

  it('title: <title> when there is no matching <h1>; ordered lists numbered; sibling headings replace each other', () => {
    const html = `<html><head><title>Raadsvoorstel</title></head><body>
      <h2>Besluit</h2><ol><li>in te stemmen</li><li>te publiceren</li></ol>
      <h2>Toelichting</h2><div>Tekst <em>zonder</em> alinea.<br>Tweede regel.</div></body></html>`;
    const document = htmlToDocument({ html, filePath: 'voorstel.html', source: 'voorstel.html' });
    expect(document.metadata.title).toBe('Raadsvoorstel');
    expect(document.sections).toEqual([
      { headingPath: ['Besluit'], text: '1. in te stemmen\n2. te publiceren' },
      { headingPath: ['Toelichting'], text: 'Tekst zonder alinea. Tweede regel.' },
    ]);
  });

  it('footnote markers and back-links (as mammoth writes them) are dropped', () => {
    const html =
      '<p>Het budget daalt<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p>' +
      '<ol><li id="footnote-1"><p>Zie de begroting. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    const document = htmlToDocument({ html, filePath: 'x.docx', source: 'x.docx' });
    expect(document.sections).toEqual([{ headingPath: [], text: 'Het budget daalt.\n\n1. Zie de begroting.' }]);
  });

  it('a header inside an article is content; the site header outside it is not', () => {
    const html =
      '<body><header><p>Gemeente Voorbeeldstad</p></header><article><header><h1>Wmo-beleid</h1></header>' +
      '<p>Het beleid geldt vanaf 2025.</p></article></body>';
    const document = htmlToDocument({ html, filePath: 'wmo.html', source: 'wmo.html' });
    expect(document.metadata.title).toBe('Wmo-beleid');
    expect(document.sections).toEqual([{ headingPath: ['Wmo-beleid'], text: 'Het beleid geldt vanaf 2025.' }]);
  });
});
