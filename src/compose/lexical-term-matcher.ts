import type { LexicalRetriever } from '../knowledge/lexical/index.ts';
import type { TermMatcher } from './term-matcher.ts';

/** Matches terms with the same Dutch analysis and thesaurus as the lexical index. */
export function createLexicalTermMatcher(options: { lexical: LexicalRetriever }): TermMatcher {
  const { lexical } = options;
  return {
    queryTerms: (question) => new Map(lexical.queryTerms(question).map(({ term, weight }) => [term, weight])),
    sentenceTerms: (sentence) => lexical.analyzer.analyze(sentence),
  };
}
