import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { LoadedDocument } from '../../document.ts';
import type { DocumentLoaderOptions } from './document-loader.ts';
import { htmlToDocument } from './html-loader.ts';
import { titleFromFileName } from './normalise-metadata.ts';
import { readZipEntry } from './read-zip-entry.ts';

/** Images carry no text for us: skip mammoth's base64 encoding of them. */
const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Word styles that mammoth does not map to headings by default. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** A Word document, converted to HTML by mammoth and then read like an HTML page. */
export async function loadDocxDocument({ filePath, source }: DocumentLoaderOptions): Promise<LoadedDocument> {
  const buffer = await readFile(filePath);
  const { value: html } = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage: SKIP_IMAGES });
  const document = htmlToDocument({ html, filePath, source });
  const firstHeading = document.sections.find((section) => section.headingPath.length > 0)?.headingPath[0];
  document.metadata.title = firstHeading ?? coreTitle(buffer) ?? titleFromFileName(filePath);
  return document;
}

/** The title from the document properties (`docProps/core.xml`), if set. */
function coreTitle(docx: Buffer): string | undefined {
  let xml: string | undefined;
  try {
    xml = readZipEntry(docx, 'docProps/core.xml')?.toString('utf8');
  } catch {
    return undefined;
  }
  const raw = xml && /<dc:title>([\s\S]*?)<\/dc:title>/.exec(xml)?.[1];
  const title = raw ? decodeXmlEntities(raw).replace(/\s+/g, ' ').trim() : '';
  return title || undefined;
}

function decodeXmlEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
