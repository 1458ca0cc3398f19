import { LIST_MARKER } from './join-wrapped-lines.ts';
import { type PdfLine, typicalLineGap } from './pdf-lines.ts';

export interface PdfHeading {
  level: number;
  text: string;
}

export interface DetectedPdfHeadings {
  /** Heading by the index of its first line. */
  starts: Map<number, PdfHeading>;
  /** Indexes of the further lines of multi-line headings. */
  continuations: Set<number>;
}

const NUMBERING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}/u;
const SENTENCE_END = /[.:!?]["')]?$/;

/**
 * Headings of a PDF. Lines in a larger font than the body text are headings, levelled by size and
 * merged when they wrap. Body-size lines count as headings too when they look like one: short, no
 * final punctuation, opening a block and followed by text (bold subheadings, one-font documents).
 */
export function detectPdfHeadings(lines: readonly PdfLine[]): DetectedPdfHeadings {
  const bodySize = bodyFontSize(lines);
  const layout: PageLayout = {
    lineGap: typicalLineGap(lines),
    fullWidth: lines.reduce((widest, line) => Math.max(widest, line.width), 0),
  };
  const headings: DetectedPdfHeadings = { starts: new Map(), continuations: new Set() };
  const isFontHeading = (line: PdfLine): boolean =>
    line.fontSize >= bodySize * 1.15 && line.text.length <= 150 && /\p{L}{2}/u.test(line.text) && !/[.,;]$/.test(line.text);
  const sizes = [...new Set(lines.filter(isFontHeading).map((line) => roundSize(line.fontSize)))].sort((a, b) => b - a);

  let open: PdfHeading | undefined;
  lines.forEach((line, index) => {
    if (isFontHeading(line)) {
      const level = Math.min(6, sizes.indexOf(roundSize(line.fontSize)) + 1);
      const previous = lines[index - 1];
      if (open && previous && open.level === level && previous.page === line.page) {
        open.text += ` ${line.text}`;
        headings.continuations.add(index);
      } else {
        open = { level, text: line.text };
        headings.starts.set(index, open);
      }
      return;
    }
    open = undefined;
    if (Math.abs(line.fontSize - bodySize) <= 0.5 && looksLikeLayoutHeading(lines, index, headings, layout)) {
      const numbering = NUMBERING.exec(line.text)?.[1];
      const level = sizes.length > 0 ? Math.min(6, sizes.length + 1) : numbering ? Math.min(6, numbering.split('.').length) : 1;
      headings.starts.set(index, { level, text: line.text });
    }
  });
  return headings;
}

interface PageLayout {
  lineGap: number;
  fullWidth: number;
}

function looksLikeLayoutHeading(
  lines: readonly PdfLine[],
  index: number,
  headings: DetectedPdfHeadings,
  { lineGap, fullWidth }: PageLayout,
): boolean {
  const line = lines[index]!;
  const previous = lines[index - 1];
  const next = lines[index + 1];
  const afterHeading = headings.starts.has(index - 1) || headings.continuations.has(index - 1);
  // A heading follows a finished sentence, with extra space above it unless it opens the page.
  const spacedAbove = !previous || previous.page !== line.page || previous.y - line.y > lineGap * 1.3;
  const opensBlock = !previous || (SENTENCE_END.test(previous.text) && spacedAbove);
  const shaped =
    line.text.length <= 80 &&
    line.width < fullWidth * 0.7 &&
    /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\p{Lu}/u.test(line.text) &&
    /\p{L}{2}/u.test(line.text) &&
    !/[.,;:!?\-–]$/.test(line.text) &&
    !LIST_MARKER.test(line.text);
  // The next line must start a new sentence or list item: a lower-case start continues this line's sentence.
  const followedByText =
    next !== undefined &&
    Math.abs(next.fontSize - line.fontSize) <= 0.5 &&
    !/^\p{Ll}/u.test(next.text) &&
    (next.text.length > line.text.length || SENTENCE_END.test(next.text));
  return opensBlock && !afterHeading && shaped && followedByText;
}

/** The font size that carries the most characters. */
function bodyFontSize(lines: readonly PdfLine[]): number {
  const charsBySize = new Map<number, number>();
  for (const line of lines) {
    const size = roundSize(line.fontSize);
    charsBySize.set(size, (charsBySize.get(size) ?? 0) + line.text.length);
  }
  return [...charsBySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function roundSize(size: number): number {
  return Math.round(size * 2) / 2;
}
