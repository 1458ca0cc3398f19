import type { QuestionWord } from './evidence.ts';
import type { TermMatcher } from './term-matcher.ts';

/**
 * The terms one word of a question may be found by in Dutch text: its own known terms, its
 * translations and synonyms, and what it translates to together with the word before or after it
 * ("audit office" is "rekenkamer", "lump sum" is "lumpsum").
 */
export function termsOfWord(words: readonly QuestionWord[], index: number, terms: TermMatcher): string[] {
  const word = words[index]!;
  const known = (term: string): boolean => terms.isKnownTerm(term);
  return [
    ...new Set([
      ...word.knownTerms,
      ...(word.translations ?? []),
      ...[...terms.queryTerms(word.word).keys()].filter(known),
      ...phraseTranslations(words[index - 1]?.word, word.word, terms),
      ...phraseTranslations(word.word, words[index + 1]?.word, terms),
    ]),
  ];
}

/** The terms two words translate to together and neither alone ("lump sum" → "lumpsum"). */
export function phraseTranslations(first: string | undefined, second: string | undefined, terms: TermMatcher): string[] {
  if (!first || !second) return [];
  const alone = new Set([...terms.queryTerms(first).keys(), ...terms.queryTerms(second).keys()]);
  return [...terms.queryTerms(`${first} ${second}`).keys()].filter((term) => !alone.has(term) && terms.isKnownTerm(term));
}
