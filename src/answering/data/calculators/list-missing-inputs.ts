import type { Language } from '../../../assistant/index.ts';
import { inLanguage, type Bilingual } from '../../../lib/index.ts';

/** An input a calculation still needs, named in both languages. */
export type MissingInput = Bilingual;

/** "het jaarbudget, het bedrag … en de maand" / "the annual budget, … and the month". */
export function listMissingInputs({ missing, language }: { missing: MissingInput[]; language: Language }): string {
  const items = missing.map((input) => input[language]);
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${inLanguage({ nl: 'en', en: 'and' }, language)} ${items.at(-1)}`;
}
