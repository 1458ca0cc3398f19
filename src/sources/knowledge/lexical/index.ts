/**
 * Lexical retrieval: Dutch-first text analysis (fold diacritics → tokenize → drop stop words →
 * Snowball Dutch stem, plus compound parts), a domain thesaurus that bridges English questions to
 * Dutch text, and an in-memory BM25 index over chunks. Start with `createLexicalRetriever` or
 * `restoreLexicalRetriever`.
 */
export { Bm25Index, DEFAULT_FIELD_BOOSTS } from './bm25-index.ts';
export type { Bm25Document, Bm25Hit, Bm25Options, Bm25SearchOptions } from './bm25-index.ts';
export type { Bm25Snapshot } from './bm25-snapshot.ts';
export { createCompoundSplitter } from './compound-splitter.ts';
export type { CompoundSplitter, CompoundSplitterOptions } from './compound-splitter.ts';
export { collectCorpusLexicon } from './corpus-lexicon.ts';
export { DOMAIN_MORPHEMES } from './domain-morphemes.ts';
export { DUTCH_STOPWORDS } from './dutch-stopwords.ts';
export { ENGLISH_STOPWORDS } from './english-stopwords.ts';
export { foldDiacritics } from './fold-diacritics.ts';
export {
  LEXICAL_ANALYZER_VERSION,
  LexicalSnapshotError,
  lexicalIndexSnapshotSchema,
  parseLexicalIndexSnapshot,
} from './lexical-index-snapshot.ts';
export type { LexicalIndexSnapshot } from './lexical-index-snapshot.ts';
export { createLexicalRetriever, restoreLexicalRetriever } from './lexical-retriever.ts';
export type { LexicalHit, LexicalRetriever, LexicalSearchOptions } from './lexical-retriever.ts';
export { createTextAnalyzer } from './text-analyzer.ts';
export type { AnalyzedToken, TextAnalyzer, TextAnalyzerOptions } from './text-analyzer.ts';
export { createThesaurus, DEFAULT_SYNONYM_GROUPS, DEFAULT_TRANSLATIONS } from './thesaurus.ts';
export type { Thesaurus, ThesaurusOptions } from './thesaurus.ts';
export { tokenize, tokenizeWords } from './tokenize.ts';
export type { WordToken } from './tokenize.ts';
export type { WeightedTerm } from './weighted-term.ts';
