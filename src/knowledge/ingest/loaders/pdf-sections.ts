import type { DocumentSection } from '../../document.ts';
import { LIST_MARKER, joinWrappedLines } from './join-wrapped-lines.ts';
import type { PdfLine } from './pdf-lines.ts';
import { SectionBuilder } from './section-builder.ts';

export interface PdfSections {
  sections: DocumentSection[];
  firstHeading?: string;
}

interface HeadingLine {
  level: number;
  text: string;
}

interface DetectedHeadings {
  /** Heading by the index of its first line. */
  starts: Map<number, HeadingLine>;
  /** Indexes of the further lines of multi-line headings. */
  continuations: Set<number>;
}

const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}/u;

/**
 * Sections from PDF lines. Headings are lines in a larger font than the body text; when the font
 * gives no headings, short lines without final punctuation that start a block and are followed by
 * text. Body lines are re-flowed into paragraphs, also across page breaks.
 */
export function pdfSections(lines: readonly PdfLine[]): PdfSections {
  const headings = fontHeadings(lines) ?? layoutHeadings(lines);
  const builder = new SectionBuilder();
  let firstHeading: string | undefined;
  let paragraph: string[] = [];
  const lineGap = typicalLineGap(lines);
  const fullWidth = Math.max(0, ...lines.map((line) => line.width));

  const endParagraph = (): void => {
    for (const logical of joinWrappedLines(paragraph)) {
      if (LIST_MARKER.test(logical)) builder.line(logical);
      else {
        builder.endLines();
        builder.paragraph(logical);
      }
    }
    builder.endLines();
    paragraph = [];
  };

  lines.forEach((line, index) => {
    const heading = headings.starts.get(index);
    if (heading) {
      endParagraph();
      builder.heading(heading.level, heading.text);
      firstHeading ??= heading.text;
      return;
    }
    if (headings.continuations.has(index)) return;
    const previous = lines[index - 1];
    if (previous && paragraph.length > 0 && startsNewParagraph(previous, line, lineGap, fullWidth)) endParagraph();
    paragraph.push(line.text);
  });
  endParagraph();
  const result: PdfSections = { sections: builder.finish() };
  if (firstHeading !== undefined) result.firstHeading = firstHeading;
  return result;
}

function startsNewParagraph(previous: PdfLine, line: PdfLine, lineGap: number, fullWidth: number): boolean {
  if (previous.page === line.page && lineGap > 0 && previous.y - line.y > lineGap * 1.4) return true;
  return /[.:!?]["')]?$/.test(previous.text) && previous.width < fullWidth * 0.75;
}

function typicalLineGap(lines: readonly PdfLine[]): number {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const gap = lines[index - 1]!.y - lines[index]!.y;
    if (lines[index - 1]!.page === lines[index]!.page && gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/** Headings by font size, or undefined when all text has the body size. */
function fontHeadings(lines: readonly PdfLine[]): DetectedHeadings | undefined {
  const charsBySize = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    charsBySize.set(size, (charsBySize.get(size) ?? 0) + line.text.length);
  }
  const bodySize = [...charsBySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const isHeading = (line: PdfLine): boolean =>
    line.fontSize >= bodySize * 1.15 && line.text.length <= 150 && /\p{L}{2}/u.test(line.text) && !/[.,;]$/.test(line.text);
  const sizes = [...new Set(lines.filter(isHeading).map((line) => Math.round(line.fontSize * 2) / 2))].sort((a, b) => b - a);
  if (sizes.length === 0) return undefined;
  const headings: DetectedHeadings = { starts: new Map(), continuations: new Set() };
  let open: HeadingLine | undefined;
  lines.forEach((line, index) => {
    if (!isHeading(line)) {
      open = undefined;
      return;
    }
    const level = Math.min(6, sizes.indexOf(Math.round(line.fontSize * 2) / 2) + 1);
    const previous = lines[index - 1];
    if (open && previous && open.level === level && previous.page === line.page) {
      open.text += ` ${line.text}`;
      headings.continuations.add(index);
      return;
    }
    open = { level, text: line.text };
    headings.starts.set(index, open);
  });
  return headings;
}

/** Fallback for PDFs in one font size: short unpunctuated lines that open a block and precede text. */
function layoutHeadings(lines: readonly PdfLine[]): DetectedHeadings {
  const headings = new Map<number, HeadingLine>();
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const next = lines[index + 1];
    const opensBlock = !previous || /[.:!?]["')]?$/.test(previous.text) || headings.has(index - 1);
    const looksLikeHeading =
      line.text.length <= 80 &&
      /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\p{Lu}/u.test(line.text) &&
      /\p{L}{2}/u.test(line.text) &&
      !/[.,;:!?]$/.test(line.text) &&
      !LIST_MARKER.test(line.text);
    const followedByText = next !== undefined && (next.text.length > line.text.length || /[.:!?]$/.test(next.text));
    if (opensBlock && looksLikeHeading && followedByText && !headings.has(index - 1)) {
      const numbering = NUMBERED_HEADING.exec(line.text)?.[1];
      headings.set(index, { level: numbering ? Math.min(6, numbering.split('.').length) : 1, text: line.text });
    }
  });
  return { starts: headings, continuations: new Set() };
}
