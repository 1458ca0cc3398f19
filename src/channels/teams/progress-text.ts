import type { Language } from '../../assistant/index.ts';

/** The informative line shown while an answer is being prepared (personal chat). */
export const PROGRESS_TEXT: Record<Language, string> = {
  nl: 'Ik zoek in de bronnen…',
  en: 'Searching the sources…',
};
