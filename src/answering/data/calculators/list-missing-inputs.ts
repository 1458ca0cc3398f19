import type { Language } from '../../../assistant/index.ts';

/** An input a calculation still needs, named in both languages. */
export interface MissingInput {
  nl: string;
  en: string;
}

/** "het jaarbudget, het bedrag … en de maand" / "the annual budget, … and the month". */
export function listMissingInputs({ missing, language }: { missing: MissingInput[]; language: Language }): string {
  const items = missing.map((input) => input[language]);
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${language === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;
}
