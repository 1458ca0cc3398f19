import type { TermMatcher } from './term-matcher.ts';

/*
 * "Jeugd Expertise Punt (JEP)", "algemene maatregel van bestuur (AMvB)": a passage that introduces an
 * abbreviation makes the long form and the short one the same thing. A question asking for either
 * ("What is the Jeugd Expertise Punt?") is answered by a sentence using the other ("Het JEP is …").
 */

export interface Abbreviation {
  /** The written-out form, as in the text: "Jeugd Expertise Punt". */
  long: string;
  /** The short form: "JEP". */
  short: string;
}

/** A short form in brackets after the words it abbreviates: 2–8 letters with at least two capitals. */
const BRACKETED_SHORT = /\(([\p{L}]{2,8})[),;]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
/** Words a short form may skip ("maatregel van bestuur" → MvB keeps the v, "Zorg voor Jeugd" → ZJ skips it). */
const SKIPPABLE = new Set(['van', 'voor', 'de', 'het', 'en', 'in', 'op', 'der', 'of', 'and', 'the', 'for']);
/** How far back the long form may start, in words. */
const MAX_LONG_WORDS = 8;

/** The abbreviations a text introduces in brackets, whose letters are the initials of the words before them. */
export function abbreviationsIn(text: string): Abbreviation[] {
  const found: Abbreviation[] = [];
  for (const match of text.matchAll(BRACKETED_SHORT)) {
    const short = match[1]!;
    if ((short.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const before = [...text.slice(Math.max(0, match.index - 120), match.index).matchAll(WORD)].map((word) => word[0]);
    const long = longFormOf(short.toLowerCase(), before.slice(-MAX_LONG_WORDS));
    if (long) found.push({ long, short });
  }
  return found;
}

/** The shortest run of words ending the list whose initials spell the short form, function words optional. */
function longFormOf(letters: string, words: readonly string[]): string | undefined {
  for (let start = words.length - 1; start >= 0; start--) {
    const run = words.slice(start);
    if (spells(letters, run)) return run.join(' ');
  }
  return undefined;
}

function spells(letters: string, words: readonly string[]): boolean {
  if (words.length === 0) return letters.length === 0;
  const [first, ...rest] = words;
  const initial = first!.charAt(0).toLowerCase();
  if (letters.startsWith(initial) && spells(letters.slice(1), rest)) return true;
  return SKIPPABLE.has(first!.toLowerCase()) && letters.length > 0 && spells(letters, rest);
}

/**
 * An abbreviation of the passages whose one form the question uses. Asked for the long form, the short
 * one is a term of its own (`shortTerms`, added to the question's weights); asked for the short form,
 * the long one counts as a phrase (`longPhrase`), not word by word: "Transitie Autoriteit Jeugd" is not
 * any sentence about the Jeugdautoriteit.
 */
export interface AbbreviationBridge {
  askedTerms: readonly string[];
  /** Asked for the long form: the short form's terms the question lacks. */
  shortTerms?: readonly string[];
  /** Asked for the short form: the long form's words, lowercase, joined by single spaces. */
  longPhrase?: string;
  /** What the asked form weighs in the question. */
  weight: number;
}

/**
 * The abbreviations of the passages whose one form the question uses ("What is the Jeugd Expertise
 * Punt?" with "Jeugd Expertise Punt (JEP)" in a passage): the other form answers it as well.
 */
export function abbreviationBridges(options: { question: string; weights: ReadonlyMap<string, number>; passageTexts: readonly string[]; terms: TermMatcher }): AbbreviationBridge[] {
  const { question, weights, passageTexts, terms } = options;
  const asked = ` ${wordsOf(question).join(' ')} `;
  const bridges: AbbreviationBridge[] = [];
  const seen = new Set<string>();
  for (const { long, short } of passageTexts.flatMap(abbreviationsIn)) {
    const longPhrase = wordsOf(long).join(' ');
    const usesShort = asked.includes(` ${short.toLowerCase()} `);
    const usesLong = asked.includes(` ${longPhrase} `);
    const key = `${short.toLowerCase()}|${longPhrase}`;
    if (usesShort === usesLong || seen.has(key)) continue;
    seen.add(key);
    const askedTerms = [...new Set(terms.sentenceTerms(usesShort ? short : long))];
    const weight = askedTerms.reduce((sum, term) => sum + (weights.get(term) ?? 0), 0);
    if (usesShort) bridges.push({ askedTerms, longPhrase, weight });
    else {
      const shortTerms = [...new Set(terms.sentenceTerms(short))].filter((term) => !weights.has(term));
      if (shortTerms.length > 0) bridges.push({ askedTerms, shortTerms, weight });
    }
  }
  return bridges;
}

/** The question's term weights with the short form of each abbreviation asked by its long form, weighing what the long form weighs. */
export function withBridgedTerms(weights: Map<string, number>, bridges: readonly AbbreviationBridge[]): Map<string, number> {
  const added = bridges.flatMap(({ shortTerms = [], weight }) => shortTerms.map((term) => [term, weight / shortTerms.length] as const));
  if (added.length === 0) return weights;
  const bridged = new Map(weights);
  for (const [term, weight] of added) bridged.set(term, Math.max(bridged.get(term) ?? 0, weight));
  return bridged;
}

/**
 * How much more (or less) a sentence matches through the abbreviations than its terms say: the long
 * form written out counts as the asked short form; a sentence naming both forms ("het Jeugd Expertise
 * Punt (JEP)") names the asked thing once, so the short form's added weight comes off again.
 */
export function abbreviationMatch(sentence: { text: string; terms: ReadonlySet<string> }, bridges: readonly AbbreviationBridge[], weights: ReadonlyMap<string, number>): number {
  if (bridges.length === 0) return 0;
  const namesAsked = (bridge: AbbreviationBridge) => bridge.askedTerms.some((term) => sentence.terms.has(term));
  const written = ` ${wordsOf(sentence.text).join(' ')} `;
  let match = 0;
  for (const bridge of bridges) {
    if (bridge.longPhrase !== undefined) {
      if (!namesAsked(bridge) && written.includes(` ${bridge.longPhrase} `)) match += bridge.weight;
    } else if (namesAsked(bridge)) {
      for (const term of bridge.shortTerms ?? []) if (sentence.terms.has(term)) match -= weights.get(term) ?? 0;
    }
  }
  return match;
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []);
}
