/** Analyses questions and sentences into comparable terms (the same analysis as the lexical index). */
export interface TermMatcher {
  /** Query terms with weights: the question's own terms 1, compound parts and thesaurus expansions lower. */
  queryTerms(question: string): Map<string, number>;
  /** The synonym group of each query term a thesaurus entry added: terms of one group are alternatives for one concept. */
  synonymGroups(question: string): ReadonlyMap<string, string>;
  /** The same without the English → Dutch translations: what the corpus knows of the words themselves, for judging scope. */
  untranslatedQueryTerms(text: string): Map<string, number>;
  sentenceTerms(sentence: string): string[];
  /** Inverse document frequency of an analysed term over the indexed passages. */
  idf(term: string): number;
  isKnownTerm(term: string): boolean;
  /** Whether the corpus uses a word, directly or through a synonym (not a translation); undefined for stop words. */
  knowsWord(word: string): boolean | undefined;
  /** Whether a word is an English word of the English → Dutch lexicon as written ("Ministry", not "Nationale"). */
  isEnglishWord(word: string): boolean;
  /** Whether the corpus has these words together, in this order (titles and headings included; case and accents aside). */
  mentionsPhrase(phrase: string): boolean;
  /** The analysed terms of a whole document (every indexed passage of it, its title and publisher); empty for an unknown one. */
  documentTerms(docId: string): ReadonlySet<string>;
}
