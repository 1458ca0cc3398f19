import matter from 'gray-matter';
import type { LoadedDocument } from '../../document.ts';
import type { DocumentLoaderOptions } from './document-loader.ts';
import { markdownSections } from './markdown-sections.ts';
import { normaliseMetadata, titleFromFileName } from './normalise-metadata.ts';
import { UnreadableDocumentError } from './unreadable-document-error.ts';
import { readTextFile } from './read-text-file.ts';

/** Markdown with optional YAML front matter (title, publisher, url, date, type, gemeenten, topics). */
export async function loadMarkdownDocument({ filePath, source }: DocumentLoaderOptions): Promise<LoadedDocument> {
  const raw = await readTextFile(filePath);
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // An empty options object bypasses gray-matter's cache, which would share `data` between calls.
    parsed = matter(raw, {});
  } catch (error) {
    throw new UnreadableDocumentError({ reason: 'parse-failed', filePath, hint: 'ongeldige front matter?', cause: error });
  }
  const { sections, firstTopHeading } = markdownSections(parsed.content);
  return {
    source,
    metadata: normaliseMetadata(parsed.data, firstTopHeading ?? titleFromFileName(filePath)),
    sections,
  };
}
