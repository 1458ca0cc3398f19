import type { TermMatcher } from './term-matcher.ts';

/**
 * "Welk onderzoeksbureau …?", "Aan welke zorgaanbieder …?", "Which supplier …?", "Which joint
 * implementing organisation …?": the words that name what is asked for, the noun last.
 */
const WHICH_PHRASE = /\b(?:welke?|which)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu;

/**
 * The words after "which" that name the asked thing: past a name that qualifies it ("Which Incluzio
 * sister company"), up to three, to the first word without content ("do", "was") or the next name
 * ("Uit welke organisaties bestaan KOOS …").
 */
function whichPhraseOf(question: string, terms: TermMatcher): string[] {
  const words = WHICH_PHRASE.exec(question)?.[1]?.split(/\s+/) ?? [];
  const phrase: string[] = [];
  for (const word of words) {
    const isName = /^\p{Lu}/u.test(word);
    if (isName && phrase.length === 0) continue;
    if (isName || terms.queryTerms(word).size === 0 || phrase.length === 3) break;
    phrase.push(word);
  }
  return phrase;
}

/** A word and what follows it: a name ("Lysias", "B&A", "i-Hub") or a quoted title ("‘Samen leren, samen doen’"). */
const WORD_AND_NAME = /([\p{L}-]+):?\s+(?:\p{Lu}|\p{Ll}-\p{Lu}|[‘'"“„]|,,)/gu;

/**
 * The terms of the noun a which-question asks about ("Welk onderzoeksbureau voerde … uit?" →
 * onderzoeksbureau, bureau), so that a sentence naming one ("uitgevoerd door onderzoeksbureau B&A
 * B.V.", "het gaat om hulpmiddelenleverancier Welzorg") answers it before one that only repeats the
 * question. Empty when the question asks no which-question.
 */
export function askedNounTermsOf(question: string, terms: TermMatcher): ReadonlySet<string> {
  const asked = new Set<string>();
  for (const word of whichPhraseOf(question, terms)) for (const [term, weight] of terms.queryTerms(word)) if (weight >= 0.5) asked.add(term);
  return asked;
}

/**
 * Whether a which-question asks for one thing ("Welk bureau", "Which supplier"), not for several
 * ("Welke organisaties", "Which arrangements"): one name answers the first, not the second.
 */
export function asksForOneThing(question: string): boolean {
  const noun = WHICH_PHRASE.exec(question)?.[1]?.split(/\s+/)[0];
  return noun !== undefined && !PLURAL_ENDING.test(noun);
}

/** Dutch and English plurals: "organisaties", "partijen", "arrangements". */
const PLURAL_ENDING = /(en|s)$/i;

/**
 * Whether the sentence names one of the asked things: the asked noun, or a compound ending in it
 * ("hulpmiddelenleverancier" for "leverancier"), right before a name or a quoted title.
 */
export function namesAskedThing(sentence: string, asked: ReadonlySet<string>, terms: TermMatcher): boolean {
  if (asked.size === 0) return false;
  const isAsked = (word: string) => terms.sentenceTerms(word).some((term) => asked.has(term) || [...asked].some((noun) => noun.length >= 4 && term.endsWith(noun)));
  for (const match of sentence.matchAll(WORD_AND_NAME)) if (isAsked(match[1]!)) return true;
  // The noun capitalised inside the sentence opens the name itself: "volgens de Wet maatschappelijk verantwoord inkopen".
  for (const match of sentence.matchAll(CAPITALISED_NOUN)) if (isAsked(match[1]!)) return true;
  return false;
}

/** A capitalised word inside a sentence, followed by more words: the start of a name ("Wet maatschappelijk …", "Regiovisie Jeugdhulp Twente"). */
const CAPITALISED_NOUN = /(?<=[\p{Ll},]\s+)(\p{Lu}[\p{Ll}-]{2,})\s+[\p{L}]/gu;
