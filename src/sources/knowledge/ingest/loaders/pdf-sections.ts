import type { DocumentSection } from '../../document.ts';
import { LIST_MARKER, joinWrappedLines } from './join-wrapped-lines.ts';
import { detectPdfHeadings } from './pdf-headings.ts';
import { type PdfLine, typicalLineGap } from './pdf-lines.ts';
import { SectionBuilder } from './section-builder.ts';

export interface PdfSections {
  sections: DocumentSection[];
  firstHeading?: string;
}

/** Sections from PDF lines along the detected headings; body lines re-flowed into paragraphs, also across pages. */
export function pdfSections(lines: readonly PdfLine[]): PdfSections {
  const headings = detectPdfHeadings(lines);
  const builder = new SectionBuilder();
  let firstHeading: string | undefined;
  let paragraph: string[] = [];
  const lineGap = typicalLineGap(lines);
  const fullWidth = lines.reduce((widest, line) => Math.max(widest, line.width), 0);

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
