import type { LoadedDocument } from '../../document.ts';
import type { DocumentLoaderOptions } from './document-loader.ts';
import { LIST_MARKER, joinWrappedLines } from './join-wrapped-lines.ts';
import { normaliseMetadata, titleFromFileName } from './normalise-metadata.ts';
import { SectionBuilder, cleanLine } from './section-builder.ts';
import { readTextFile } from './read-text-file.ts';

const MAX_TITLE_LENGTH = 120;

/** Plain text: one section without headings; blank lines separate paragraphs, wrapped lines are rejoined. */
export async function loadTextDocument({ filePath, source }: DocumentLoaderOptions): Promise<LoadedDocument> {
  const text = await readTextFile(filePath);
  const builder = new SectionBuilder();
  for (const paragraph of text.split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/)) {
    for (const line of joinWrappedLines(paragraph.split(/\r?\n/))) {
      if (LIST_MARKER.test(line)) builder.line(line);
      else builder.paragraph(line);
    }
    builder.endLines();
  }
  const firstLine = text.split(/\r?\n/).map(cleanLine).find((line) => line.length > 0);
  const title = firstLine && firstLine.length < MAX_TITLE_LENGTH ? firstLine : titleFromFileName(filePath);
  return { source, metadata: normaliseMetadata({}, title), sections: builder.finish() };
}
