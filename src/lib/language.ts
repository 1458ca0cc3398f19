/** The language a question is asked in, and answered in. */
export type Language = 'nl' | 'en';

/**
 * Something said (or formatted) differently per language. The one way to write bilingual texts:
 *
 * - A text, word list or format that depends on the language is a `Bilingual`:
 *   `{ nl: 'dagen', en: 'days' }`, Dutch first. Name it as a constant when it is long or reused
 *   (`const RESET_TEXT: Bilingual = { … }`), or write it in place.
 * - Pick the answer's language with `texts[language]`; for a literal written in place, with
 *   `inLanguage({ nl: '…', en: '…' }, language)`. No `language === 'en' ? … : …` for texts.
 * - A message that must serve both languages at once (CLI, startup, tool input errors, logs) is
 *   one string "Nederlands / English"; built from a Bilingual with `bothLanguages(texts)`.
 */
export type Bilingual<T = string> = Record<Language, T>;

/** `texts[language]`, for a Bilingual written in place: `inLanguage({ nl: 'en', en: 'and' }, language)`. */
export function inLanguage<T>(texts: Bilingual<T>, language: Language): T {
  return texts[language];
}

/** "Nederlands / English", for a message read in both languages at once. */
export function bothLanguages(texts: Bilingual): string {
  return `${texts.nl} / ${texts.en}`;
}
