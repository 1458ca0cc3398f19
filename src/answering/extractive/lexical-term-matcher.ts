import { memoizeRecent } from '../../lib/index.ts';
import { DEFAULT_TRANSLATIONS, type Chunk, type LexicalRetriever } from '../../sources/knowledge/index.ts';
import type { TermMatcher } from './term-matcher.ts';

/** Passages recur across questions: their sentences' analyses are kept (bounded, least recently used out). */
const SENTENCE_CACHE_SIZE = 50_000;
/** Documents whose terms are kept for the gemeente check. */
const DOCUMENT_CACHE_SIZE = 2_000;

/**
 * Matches terms with the same Dutch analysis, thesaurus and statistics as the lexical index; phrases
 * are looked up in the indexed chunks' text.
 */
export function createLexicalTermMatcher(options: { lexical: LexicalRetriever; chunks: readonly Chunk[] }): TermMatcher {
  const { lexical, chunks } = options;
  let corpusText: string | undefined;
  const mentionsPhrase = memoizeRecent((phrase: string) => {
    corpusText ??= chunks.map((chunk) => normalisePhrase([chunk.metadata.title, chunk.metadata.publisher ?? '', ...chunk.headingPath, chunk.text].join('\n'))).join('\n');
    // Whole words only: "Dron" is not mentioned by "Dronten".
    const wanted = normalisePhrase(phrase);
    for (let at = corpusText.indexOf(wanted); at >= 0; at = corpusText.indexOf(wanted, at + 1)) {
      if (!WORD_CHARACTER.test(corpusText[at - 1] ?? ' ') && !WORD_CHARACTER.test(corpusText[at + wanted.length] ?? ' ')) return true;
    }
    return false;
  }, { maxEntries: SENTENCE_CACHE_SIZE });
  const sentenceTerms = memoizeRecent((sentence: string) => lexical.analyzer.analyze(sentence), { maxEntries: SENTENCE_CACHE_SIZE });
  let chunksByDocument: Map<string, Chunk[]> | undefined;
  const documentTerms = memoizeRecent((docId: string): ReadonlySet<string> => {
    chunksByDocument ??= groupByDocument(chunks);
    const parts = chunksByDocument.get(docId) ?? [];
    const first = parts[0];
    return new Set(lexical.analyzer.analyze([first?.metadata.title ?? '', first?.metadata.publisher ?? '', ...parts.flatMap((chunk) => [...chunk.headingPath, chunk.text])].join('\n')));
  }, { maxEntries: DOCUMENT_CACHE_SIZE });
  return {
    queryTerms: (question) => new Map(lexical.queryTerms(question).map(({ term, weight }) => [term, weight])),
    synonymGroups: (question) => new Map(lexical.queryTerms(question).flatMap(({ term, group }) => (group === undefined ? [] : [[term, group] as const]))),
    untranslatedQueryTerms: (text) => new Map(lexical.untranslatedQueryTerms(text).map(({ term, weight }) => [term, weight])),
    sentenceTerms,
    idf: (term) => {
      const df = lexical.documentFrequency(term);
      const n = Math.max(1, lexical.size);
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    },
    isKnownTerm: (term) => lexical.documentFrequency(term) > 0,
    knowsWord: (word) => {
      const wordTerms = lexical.untranslatedQueryTerms(word);
      if (wordTerms.length === 0) return undefined;
      // A multi-word synonym ("CIZ" → "Centrum indicatiestelling zorg") is known as a phrase, not by its common words.
      const phrases = lexical.synonymPhrases(word);
      const phraseOnly = new Set(phrases.flatMap((phrase) => lexical.analyzer.analyze(phrase)));
      for (const term of lexical.analyzer.analyze(word)) phraseOnly.delete(term);
      return wordTerms.some(({ term }) => !phraseOnly.has(term) && lexical.documentFrequency(term) > 0) || phrases.some(mentionsPhrase);
    },
    mentionsPhrase,
    isEnglishWord: (word) => ENGLISH_WORDS.has(word.toLowerCase()),
    documentTerms,
  };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The English words of the lexicon, as written. */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(DEFAULT_TRANSLATIONS.flatMap(({ en }) => en.filter((word) => !word.includes(' ')).map((word) => word.toLowerCase())));

/** Lower case, without accents, one space between words: "Kansrijke  Start" and "kansrijke start" are one phrase. */
function normalisePhrase(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ');
}

function groupByDocument(chunks: readonly Chunk[]): Map<string, Chunk[]> {
  const byDocument = new Map<string, Chunk[]>();
  for (const chunk of chunks) {
    const parts = byDocument.get(chunk.docId);
    if (parts) parts.push(chunk);
    else byDocument.set(chunk.docId, [chunk]);
  }
  return byDocument;
}
