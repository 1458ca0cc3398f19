import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { LoadedDocument } from '../../document.ts';
import type { DocumentLoader, DocumentLoaderOptions } from './document-loader.ts';
import { loadDocxDocument } from './docx-loader.ts';
import { loadHtmlDocument } from './html-loader.ts';
import { loadMarkdownDocument } from './markdown-loader.ts';
import { loadPdfDocument } from './pdf-loader.ts';
import { loadTextDocument } from './text-loader.ts';
import { UnreadableDocumentError } from './unreadable-document-error.ts';

interface DocumentFormat {
  load: DocumentLoader;
  /** Dutch hint in the message when parsing fails. */
  parseFailureHint: string;
  /** Dutch hint in the message when the file has no text. */
  emptyHint?: string;
}

const markdown: DocumentFormat = { load: loadMarkdownDocument, parseFailureHint: 'ongeldige Markdown of front matter?' };
const html: DocumentFormat = { load: loadHtmlDocument, parseFailureHint: 'ongeldige HTML?' };

const FORMATS: Readonly<Record<string, DocumentFormat>> = {
  '.md': markdown,
  '.markdown': markdown,
  '.txt': { load: loadTextDocument, parseFailureHint: 'geen leesbare tekst?' },
  '.html': html,
  '.htm': html,
  '.pdf': { load: loadPdfDocument, parseFailureHint: 'beschadigde PDF?', emptyHint: 'gescande PDF zonder tekstlaag?' },
  '.docx': { load: loadDocxDocument, parseFailureHint: 'beschadigd Word-bestand?' },
};

/** The file extensions loadDocument reads, lower case with the dot. */
export const SUPPORTED_DOCUMENT_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

/** Whether loadDocument can read this file, judged by its extension. */
export function isSupportedDocument(filePath: string): boolean {
  return Object.hasOwn(FORMATS, extname(filePath).toLowerCase());
}

/**
 * Loads a Markdown, text, HTML, PDF or DOCX file. Every failure becomes an UnreadableDocumentError
 * with reason 'unsupported-format', 'parse-failed' (also for a missing file) or 'empty' (no text).
 */
export async function loadDocument(options: DocumentLoaderOptions): Promise<LoadedDocument> {
  const { filePath } = options;
  const extension = extname(filePath).toLowerCase();
  const format = Object.hasOwn(FORMATS, extension) ? FORMATS[extension] : undefined;
  if (!format) {
    throw new UnreadableDocumentError({ reason: 'unsupported-format', filePath, hint: extension || 'geen extensie' });
  }
  let document: LoadedDocument;
  try {
    if ((await stat(filePath)).size === 0) throw new UnreadableDocumentError({ reason: 'empty', filePath });
    document = await format.load(options);
  } catch (error) {
    if (UnreadableDocumentError.isInstance(error)) throw error;
    const hint = isMissingFile(error)
      ? 'bestand niet gevonden'
      : isPasswordProtected(error)
        ? 'beveiligd met een wachtwoord?'
        : format.parseFailureHint;
    throw new UnreadableDocumentError({ reason: 'parse-failed', filePath, hint, cause: error });
  }
  if (!document.sections.some((section) => /[\p{L}\p{N}]/u.test(section.text))) {
    throw new UnreadableDocumentError({ reason: 'empty', filePath, hint: format.emptyHint });
  }
  return document;
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/** pdf.js reports encrypted PDFs with a PasswordException. */
function isPasswordProtected(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'PasswordException';
}
