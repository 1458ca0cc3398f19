import { describe, expect, it } from 'vitest';
import { type PdfTextItem, pdfLines } from '../../../../src/sources/knowledge/ingest/loaders/pdf-lines.ts';
import { pdfSections } from '../../../../src/sources/knowledge/ingest/loaders/pdf-sections.ts';

/** One text item per line, top to bottom, 14 points apart plus any extra gap. */
function page(lines: { text: string; size?: number; gapBefore?: number }[]): PdfTextItem[] {
  let y = 800;
  return lines.map(({ text, size = 10, gapBefore = 0 }) => {
    y -= 14 + gapBefore;
    return { str: text, x: 50, y, width: text.length * size * 0.5, fontSize: size, hasEOL: true };
  });
}

describe('pdfLines', () => {
  it('joins items on the same baseline, with a space only where there is a gap', () => {
    const items: PdfTextItem[] = [
      { str: 'Jeugd', x: 50, y: 700, width: 25, fontSize: 10, hasEOL: false },
      { str: 'hulp', x: 75, y: 700, width: 20, fontSize: 10, hasEOL: false },
      { str: 'regio', x: 100, y: 700, width: 25, fontSize: 10, hasEOL: true },
      { str: 'Volgende regel', x: 50, y: 686, width: 70, fontSize: 10, hasEOL: true },
    ];
    expect(pdfLines([items]).map((line) => line.text)).toEqual(['Jeugdhulp regio', 'Volgende regel']);
  });

  it('drops contents entries with dot leaders and page number lines', () => {
    const lines = pdfLines([
      page([{ text: 'Inhoud' }, { text: '1 Inleiding . . . . . . . . . . 3' }, { text: '2 Analyse........................ 12' }, { text: 'Pagina 2 van 9' }, { text: 'Echte tekst.' }]),
    ]);
    expect(lines.map((line) => line.text)).toEqual(['Inhoud', 'Echte tekst.']);
  });
});

describe('pdfSections', () => {
  it('merges a heading that wraps over two lines and nests smaller headings under larger ones', () => {
    const lines = pdfLines([
      page([
        { text: 'Hervormingsagenda Jeugd: afspraken', size: 18 },
        { text: 'tussen Rijk en gemeenten', size: 18 },
        { text: 'Reikwijdte', size: 13 },
        { text: 'De agenda loopt tot 2028 en gaat over de houdbaarheid van het' },
        { text: 'jeugdstelsel en de kwaliteit van de jeugdhulp.' },
      ]),
    ]);
    expect(pdfSections(lines)).toEqual({
      firstHeading: 'Hervormingsagenda Jeugd: afspraken tussen Rijk en gemeenten',
      sections: [
        {
          headingPath: ['Hervormingsagenda Jeugd: afspraken tussen Rijk en gemeenten', 'Reikwijdte'],
          text: 'De agenda loopt tot 2028 en gaat over de houdbaarheid van het jeugdstelsel en de kwaliteit van de jeugdhulp.',
        },
      ],
    });
  });

  it('a short body-size line after a finished sentence and extra space is a subheading', () => {
    const body = (gapBefore: number) =>
      pdfLines([
        page([
          { text: 'Jeugdnota', size: 18 },
          { text: 'De gemeente investeert in preventie en vroegsignalering in alle wijken van de stad.' },
          { text: 'Het budget groeit.' },
          { text: 'Risico’s', gapBefore },
          { text: 'De wachtlijsten kunnen oplopen als het budget te krap is voor de vraag in de wijk.' },
        ]),
      ]);
    expect(pdfSections(body(10)).sections.map((section) => section.headingPath)).toEqual([['Jeugdnota'], ['Jeugdnota', 'Risico’s']]);
    expect(pdfSections(body(0)).sections).toEqual([
      {
        headingPath: ['Jeugdnota'],
        text:
          'De gemeente investeert in preventie en vroegsignalering in alle wijken van de stad. Het budget groeit.\n\n' +
          'Risico’s De wachtlijsten kunnen oplopen als het budget te krap is voor de vraag in de wijk.',
      },
    ]);
  });
});
