import * as cheerio from 'cheerio';
import type { LoadedDocument } from '../../document.ts';
import type { DocumentLoaderOptions } from './document-loader.ts';
import { htmlMetadata } from './html-metadata.ts';
import { htmlSections, removeHtmlNoise } from './html-sections.ts';
import { normaliseMetadata, titleFromFileName } from './normalise-metadata.ts';
import { readTextFile } from './read-text-file.ts';

/** An HTML page without its chrome (scripts, navigation, header, footer, sidebars). */
export async function loadHtmlDocument({ filePath, source }: DocumentLoaderOptions): Promise<LoadedDocument> {
  const html = await readTextFile(filePath);
  return htmlToDocument({ html, filePath, source });
}

/** Shared by the HTML and DOCX loaders. */
export function htmlToDocument(options: { html: string; filePath: string; source: string }): LoadedDocument {
  const $ = cheerio.load(options.html);
  const fields = htmlMetadata($);
  removeHtmlNoise($);
  let sections = htmlSections($);
  // A page whose body is only chrome may still describe itself in its meta description.
  if (sections.length === 0 && fields.description) {
    sections = [{ headingPath: [], text: fields.description }];
  }
  const metadata = normaliseMetadata({ ...fields }, fields.title ?? titleFromFileName(options.filePath));
  return { source: options.source, metadata, sections };
}
