/** A `[n]` marker in an answer; `[1, 3]` and `[1; 3]` are read as one marker naming two sources. */
export interface CitationMarker {
  index: number;
  length: number;
  numbers: number[];
}

const MARKER = /\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]/g;

export function findCitationMarkers(text: string): CitationMarker[] {
  return [...text.matchAll(MARKER)].map((match) => ({
    index: match.index,
    length: match[0].length,
    numbers: match[1]!.split(/[,;]/).map((part) => Number(part.trim())),
  }));
}

/** The cited numbers in order of first use, without repeats. */
export function citedNumbersInOrder(text: string): number[] {
  return [...new Set(findCitationMarkers(text).flatMap((marker) => marker.numbers))];
}

/** Rewrites every marker through `renumber`, writing one `[n]` per source (`[1, 3]` → `[1][2]`). */
export function rewriteCitationMarkers(options: { text: string; renumber: (n: number) => number }): string {
  return options.text.replace(MARKER, (_marker, list: string) => {
    const numbers = [...new Set(list.split(/[,;]/).map((part) => options.renumber(Number(part.trim()))))];
    return numbers.map((n) => `[${n}]`).join('');
  });
}

/** The text with each marker replaced by a space, so that numbers on either side stay apart (for the number check). */
export function withoutCitationMarkers(text: string): string {
  return text.replace(MARKER, ' ');
}

/** The text without its markers and the space before them, e.g. to show an earlier answer to the model again. */
export function stripCitationMarkers(text: string): string {
  return text.replace(new RegExp(`[ \\t]*${MARKER.source}`, 'g'), '');
}
