import type { PdfLine } from './pdf-line.ts';
import { runningLineDetector } from './pdf-running-lines.ts';

export type { PdfLine } from './pdf-line.ts';

/** The fields of unpdf's StructuredTextItem this module reads. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

/** A table-of-contents entry: dot leaders followed by a page number. */
const CONTENTS_ENTRY = /(?:\.\s?){4,}\s*\d{1,4}$/;
const PAGE_NUMBER = /^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|of|\/)\s*\d{1,4})?$/i;

/** Groups text items into lines per page; drops page numbers, contents entries and running headers/footers. */
export function pdfLines(pages: readonly (readonly PdfTextItem[])[]): PdfLine[] {
  const isBoilerplate = (line: PdfLine): boolean => PAGE_NUMBER.test(line.text) || CONTENTS_ENTRY.test(line.text);
  const perPage = pages.map((items, page) => groupLines(items, page).filter((line) => !isBoilerplate(line)));
  const isRunning = runningLineDetector(perPage);
  return perPage.flat().filter((line) => !isRunning(line));
}

function groupLines(items: readonly PdfTextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  let endsLine = true;
  for (const item of items) {
    const sameLine = current !== undefined && !endsLine && Math.abs(item.y - current.y) <= Math.max(2, item.fontSize * 0.4);
    endsLine = item.hasEOL;
    if (!item.str) continue;
    if (!current || !sameLine) {
      current = { text: item.str, fontSize: item.fontSize, y: item.y, x: item.x, width: item.width, page };
      lines.push(current);
      continue;
    }
    const gap = item.x - (current.x + current.width);
    const needsSpace = gap > item.fontSize * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
    current.text += (needsSpace ? ' ' : '') + item.str;
    current.width = Math.max(current.width, item.x + item.width - current.x);
    if (item.str.trim()) current.fontSize = Math.max(current.fontSize, item.fontSize);
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text.length > 0);
}

/** The median distance between consecutive lines on the same page: the body line spacing. */
export function typicalLineGap(lines: readonly PdfLine[]): number {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const gap = lines[index - 1]!.y - lines[index]!.y;
    if (lines[index - 1]!.page === lines[index]!.page && gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}
