import type { TermMatcher } from './term-matcher.ts';

/**
 * "Hoeveel inwoners …?", "How many Frisian audit offices …?", "What is the number of …?": the words
 * after the question word that may name what is counted; "What is the population of …?" counts inwoners.
 */
const HOW_MANY = /\b(?:hoeveel|how many|what (?:is|was) the number of|wat (?:is|was) het aantal)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)|\b(?:what (?:is|was) the|wat (?:is|was) het) (population|inwonertal)\b/iu;

/** A count ("641.124", "180", "zestien") and the two words after it. */
const COUNT_AND_WORDS = /(?:^|[^\p{L}\d])(\d[\d.,]*|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|honderd|duizend|miljoen)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;

/**
 * The terms of what a how-many question counts ("Hoeveel inwoners telt …?" → inwoner; "How many
 * municipalities …?" → gemeente, by translation), so that a sentence giving that count
 * ("De regio heeft 641.124 inwoners.") answers it before one with another number ("… bestaat uit
 * 15 gemeenten"). Empty when the question counts nothing named.
 */
export function countedTermsOf(question: string, terms: TermMatcher): ReadonlySet<string> {
  const match = HOW_MANY.exec(question);
  const words = match?.[1] ?? match?.[2];
  if (!words) return new Set();
  const counted = new Set<string>();
  for (const [term, weight] of terms.queryTerms(words)) if (weight >= 0.5) counted.add(term);
  return counted;
}

/** Whether the sentence gives a count of one of these terms: a number with the counted word right after it, or one word further ("zestien Friese rekenkamers"). */
export function countsTerms(sentence: string, counted: ReadonlySet<string>, terms: TermMatcher): boolean {
  if (counted.size === 0) return false;
  for (const match of sentence.matchAll(COUNT_AND_WORDS)) {
    for (const word of [match[2], match[3]]) if (word && terms.sentenceTerms(word).some((term) => counted.has(term))) return true;
  }
  return false;
}
