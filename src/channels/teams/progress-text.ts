import type { Bilingual } from '../../lib/index.ts';

/** The informative line shown while an answer is being prepared (personal chat). */
export const PROGRESS_TEXT: Bilingual = {
  nl: 'Ik zoek in de bronnen…',
  en: 'Searching the sources…',
};
