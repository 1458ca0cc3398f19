import { askedPlacesOf } from './asked-places.ts';
import { opensSentence } from './evidence.ts';
import type { TermMatcher } from './term-matcher.ts';

/** A capitalised word inside a question, or a word with a capital or digit inside ("H10", "iJw", "Peeters"). */
const NAME = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}-]*|\p{L}+\d[\p{L}\p{N}-]*)/gu;

/**
 * Whether a document names every name the question asks about that the corpus knows ("What does the
 * H10 purchasing office do?", "Wat adviseert Coby Peeters?"); judged once per document. Undefined when
 * the question names nothing the corpus knows as a name. Places are left to the asked places; English
 * words capitalised in a title ("Youth Authority") and the word that opens the question are no names.
 */
export function documentsNamingAskedNames(question: string, terms: TermMatcher): ((docId: string) => boolean) | undefined {
  const placeWords = new Set(askedPlacesOf(question).flat().flatMap((form) => form.toLowerCase().split(/\s+/)));
  const named = [...question.matchAll(NAME)]
    .filter((match) => !opensSentence(question, match.index))
    .map((match) => match[0])
    .filter((word) => !placeWords.has(word.toLowerCase()) && !terms.isEnglishWord(word))
    .map((word) => terms.sentenceTerms(word)[0])
    .filter((term): term is string => term !== undefined && terms.isKnownTerm(term));
  if (named.length === 0) return undefined;
  const judged = new Map<string, boolean>();
  return (docId) => {
    let names = judged.get(docId);
    if (names === undefined) {
      const documentTerms = terms.documentTerms(docId);
      judged.set(docId, (names = named.every((term) => documentTerms.has(term))));
    }
    return names;
  };
}
