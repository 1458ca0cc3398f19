import type { LoadedDocument } from '../document.ts';

const REFERENCE_HEADING = /^(bronnen|bron|bronvermelding|sources?|references?|referenties|literatuur(lijst)?|bibliografie|noten|voetnoten)\b/i;

/** Bibliography sections list sources; they are not statements to retrieve or quote. */
export function isReferenceSection(headingPath: string[]): boolean {
  return REFERENCE_HEADING.test((headingPath.at(-1) ?? '').trim());
}

/** The document without its bibliography sections (kept when nothing else is left). */
export function withoutReferenceSections(document: LoadedDocument): LoadedDocument {
  const sections = document.sections.filter((section) => !isReferenceSection(section.headingPath));
  return sections.length > 0 ? { ...document, sections } : document;
}
