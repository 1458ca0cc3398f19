import { askedPlacesOf } from './asked-places.ts';
import { countedTermsOf } from './counted-noun.ts';
import { questionWords } from './evidence.ts';
import { asksForAmount } from './money.ts';
import { termsOfWord } from './word-terms.ts';
import type { ScoredSentence } from './scored-sentence.ts';
import type { TermMatcher } from './term-matcher.ts';

/** Verbs that frame the count ("Hoeveel jongeren zitten op …", "How many … are there"), not what is counted. */
const FRAME_VERB = /^(zitten|zit|zaten|staan|staat|stonden|liggen|ligt|zijn|waren|is|was|are|were|there|heeft|hebben|had|hadden|has|have|telt|tellen|telde|count|counts|maken|maakt|maakte|maakten|doen|doet|deed|deden|make|makes|made|do|does|did)$/i;

/** A question for a count of things ("Hoeveel jongeren …", "How many children …"), not for a difference ("Hoeveel hoger …"). */
const COUNTS_THINGS = /\b(hoeveel|how many)\s+(?!(hoger|lager|meer|minder|groter|kleiner|more|fewer|less|higher|lower)\b)\p{L}/iu;

/** Of what qualifies the count, this idf-weighted share must stand in the passage of the number. */
const MIN_QUALIFIER_SHARE = 0.34;

/**
 * "Hoeveel jongeren zitten in Zeeland op een wachtlijst?": a number of jongeren in a passage that never
 * mentions a wachtlijst ("ongeveer 10.000 kinderen en jongeren maken gebruik van jeugdhulp") counts
 * something else. Whether some sentence that gives a number stands in a passage (its text, headings and
 * title) with at least a third of what qualifies the count: the question's words other than what it
 * counts, the places it names and the verb that frames it. True when nothing qualifies the count.
 */
export function countIsQualified(question: string, picked: readonly ScoredSentence[], terms: TermMatcher, passageTerms: (sentence: ScoredSentence) => ReadonlySet<string>): boolean {
  // "Hoeveel hoger dan begroot …?" asks for a difference, "Hoeveel kost …?" for money: not for a count of something.
  if (!COUNTS_THINGS.test(question) || asksForAmount(question)) return true;
  const counted = countedTermsOf(question, terms);
  const placeWords = new Set(askedPlacesOf(question).flat().flatMap((form) => form.toLowerCase().split(/\s+/)));
  const words = questionWords({ question, terms });
  const qualifiers = words
    .map((word, index) => ({ word, wordTerms: termsOfWord(words, index, terms) }))
    .filter(({ word }) => !placeWords.has(word.word.toLowerCase()) && !FRAME_VERB.test(word.word))
    .map(({ wordTerms }) => wordTerms)
    // A word of what is counted ("Wmo" in "How many Wmo consultants …") does not qualify it.
    .filter((wordTerms) => wordTerms.length > 0 && !wordTerms.some((term) => counted.has(term)))
    .map((wordTerms) => ({ terms: wordTerms, weight: Math.max(...wordTerms.map((term) => terms.idf(term))) }));
  const total = qualifiers.reduce((sum, word) => sum + word.weight, 0);
  if (total === 0) return true;
  return picked.some((sentence) => {
    if (!sentence.hasAnswerType) return false;
    const present = passageTerms(sentence);
    const found = qualifiers.reduce((sum, word) => sum + (word.terms.some((term) => present.has(term)) ? word.weight : 0), 0);
    return found / total >= MIN_QUALIFIER_SHARE;
  });
}
