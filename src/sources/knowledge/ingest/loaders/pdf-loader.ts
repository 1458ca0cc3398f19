import { readFile } from 'node:fs/promises';
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import type { LoadedDocument } from '../../document.ts';
import type { DocumentLoaderOptions } from './document-loader.ts';
import { normaliseMetadata, optionalString, titleFromFileName } from './normalise-metadata.ts';
import { pdfLines } from './pdf-lines.ts';
import { pdfSections } from './pdf-sections.ts';

const MAX_TITLE_LENGTH = 120;

/** A PDF with a text layer (scanned PDFs without OCR come out empty). */
export async function loadPdfDocument({ filePath, source }: DocumentLoaderOptions): Promise<LoadedDocument> {
  const data = new Uint8Array(await readFile(filePath));
  // verbosity 0: only errors, no pdf.js warnings on the console.
  const pdf = await getDocumentProxy(data, { verbosity: 0 });
  try {
    const { items } = await extractTextItems(pdf);
    const lines = pdfLines(items);
    const { sections, firstHeading } = pdfSections(lines);
    const firstLine = lines.find((line) => /\p{L}{3}/u.test(line.text) && line.text.length < MAX_TITLE_LENGTH)?.text;
    const title = (await metadataTitle(pdf)) ?? firstHeading ?? firstLine ?? titleFromFileName(filePath);
    return { source, metadata: normaliseMetadata({}, title), sections };
  } finally {
    await pdf.destroy();
  }
}

/** The Title of the document information, unless it is a placeholder or a converter's file name. */
async function metadataTitle(pdf: Parameters<typeof getMeta>[0]): Promise<string | undefined> {
  const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
  const title = optionalString(info.Title)?.replace(/^Microsoft (?:Word|PowerPoint) - /, '');
  if (!title || /^(?:untitled|naamloos|titel|title)$/i.test(title) || /\.(?:docx?|pdf|pptx?|indd)$/i.test(title)) {
    return undefined;
  }
  return title;
}
