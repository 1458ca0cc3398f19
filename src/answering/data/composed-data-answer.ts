import type { Citation, Figure } from '../../assistant/index.ts';

/** A data answer as composed from one tool output: Markdown with [n] markers, sources and figures. */
export interface ComposedDataAnswer {
  answer: string;
  citations: Citation[];
  figures: Figure[];
  suggestions: string[];
}

/** "Utrecht (gemeente)" → "Utrecht": CBS region titles without the type suffix. */
export function gemeenteDisplayName(title: string): string {
  // CBS titles a province "Limburg (PV)".
  return title.replace(/\s*\((?:gemeente|municipality)\)\s*$/i, '').replace(/\s*\(PV\)\s*$/, ' (provincie)').trim();
}
