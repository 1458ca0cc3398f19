/** Analyses questions and sentences into comparable terms (the same analysis as the lexical index). */
export interface TermMatcher {
  /** Query terms with weights: the question's own terms 1, thesaurus expansions lower. */
  queryTerms(question: string): Map<string, number>;
  sentenceTerms(sentence: string): string[];
}
