import { describe, expect, it } from 'vitest';
import type { PdfLine } from '../../../../src/sources/knowledge/ingest/loaders/pdf-lines.ts';
import { runningLineDetector } from '../../../../src/sources/knowledge/ingest/loaders/pdf-running-lines.ts';

function pdfPage(page: number, texts: string[]): PdfLine[] {
  return texts.map((text, index) => ({ text, page, fontSize: 10, x: 50, y: 800 - index * 14, width: 200 }));
}

describe('runningLineDetector', () => {
  it('finds verbatim headers and headers whose number moves with the page, keeps look-alike headings', () => {
    const pages = [3, 7, 9, 12, 15].map((article, page) =>
      pdfPage(page, ['Jeugdverordening 2025', `Artikel ${article}`, 'Tekst van het artikel.', `Lid ${article}.`, `Hoofdstuk 2 Toegang ${page + 11}`]),
    );
    const isRunning = runningLineDetector(pages);
    const kept = pages.flat().filter((line) => !isRunning(line)).map((line) => line.text);
    expect(kept).toEqual([3, 7, 9, 12, 15].flatMap((article) => [`Artikel ${article}`, 'Tekst van het artikel.', `Lid ${article}.`]));
  });

  it('needs at least three pages', () => {
    const pages = [0, 1].map((page) => pdfPage(page, ['Jeugdverordening 2025', 'Tekst.']));
    const isRunning = runningLineDetector(pages);
    expect(pages.flat().filter(isRunning)).toEqual([]);
  });
});
