import type { Citation, Figure, Language } from '../core/answer.ts';

/** A data answer as composed from one tool output: Markdown with [n] markers, sources and figures. */
export interface ComposedDataAnswer {
  answer: string;
  citations: Citation[];
  figures: Figure[];
  suggestions: string[];
}

/** Dutch and English text side by side; `pick` chooses the answer's language. */
export function pick(language: Language, texts: { nl: string; en: string }): string {
  return texts[language];
}

/** "Utrecht (gemeente)" → "Utrecht": CBS region titles without the type suffix. */
export function gemeenteDisplayName(title: string): string {
  return title.replace(/\s*\((?:gemeente|municipality)\)\s*$/i, '').trim();
}
