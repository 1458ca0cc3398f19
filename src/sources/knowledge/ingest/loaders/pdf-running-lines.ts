import type { PdfLine } from './pdf-line.ts';

/** How many lines at the top and at the bottom of a page can be a running header or footer. */
const EDGE_LINES = 2;

/**
 * Recognises running headers and footers: lines among the first or last two of a page that recur on
 * at least three pages and a fifth of all pages, either verbatim ("Jeugdnota 2025") or with a number
 * that moves in step with the page ("Hoofdstuk 4: Inkoop 12", "… 13"). Headings that merely look
 * alike ("Artikel 3", "Artikel 8") do not move in step with the pages and stay.
 */
export function runningLineDetector(pages: readonly (readonly PdfLine[])[]): (line: PdfLine) => boolean {
  const threshold = Math.max(3, pages.length / 5);
  const pagesByKey = new Map<string, number>();
  for (const lines of pages) {
    const edges = [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
    for (const key of new Set(edges.flatMap(edgeKeys))) pagesByKey.set(key, (pagesByKey.get(key) ?? 0) + 1);
  }
  const running = new Set([...pagesByKey].filter(([, count]) => count >= threshold).map(([key]) => key));
  if (running.size === 0) return () => false;
  return (line) => edgeKeys(line).some((key) => running.has(key));
}

function edgeKeys(line: PdfLine): string[] {
  const text = line.text.toLowerCase();
  const keys = [`text:${text}`];
  const lastNumber = /(\d+)(?!.*\d)/.exec(text);
  if (lastNumber) {
    const offset = Number(lastNumber[1]) - line.page;
    keys.push(`paged:${offset}:${text.slice(0, lastNumber.index)}#${text.slice(lastNumber.index + lastNumber[1]!.length)}`);
  }
  return keys;
}
