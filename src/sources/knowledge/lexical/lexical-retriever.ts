import { memoizeRecent } from '../../../lib/index.ts';
import type { Chunk } from '../document.ts';
import { Bm25Index, type Bm25Options } from './bm25-index.ts';
import { collectCorpusLexicon } from './corpus-lexicon.ts';
import { LEXICAL_ANALYZER_VERSION, parseLexicalIndexSnapshot, type LexicalIndexSnapshot } from './lexical-index-snapshot.ts';
import { createTextAnalyzer, type TextAnalyzer } from './text-analyzer.ts';
import { createThesaurus, type Thesaurus } from './thesaurus.ts';
import type { WeightedTerm } from './weighted-term.ts';

/** A chunk found by lexical search. */
export interface LexicalHit {
  /** The chunk id. */
  id: string;
  /** BM25 score; only comparable within one query. */
  score: number;
}

export interface LexicalSearchOptions {
  query: string;
  limit: number;
  /** Only chunks for which this returns true are ranked. */
  filter?: (chunkId: string) => boolean;
}

/** BM25 search over chunks with Dutch analysis and thesaurus expansion. */
export interface LexicalRetriever {
  readonly size: number;
  /** The analyser of the indexed text (with the corpus compound lexicon), for matching terms elsewhere. */
  readonly analyzer: TextAnalyzer;
  /**
   * The weighted terms a query is searched with, each term once, heaviest first: own words 1,
   * compound parts 0.6, thesaurus synonyms 0.5 or less (grouped: a chunk scores its best synonym).
   */
  queryTerms(query: string): readonly WeightedTerm[];
  /**
   * The query terms through its own words and the synonym groups only, without the English → Dutch
   * translations: what the corpus knows of the words themselves. A question about inheritance law
   * is not in scope because "law" translates to "wet".
   */
  untranslatedQueryTerms(query: string): readonly WeightedTerm[];
  /** Whether the query says some concept in other words than the corpus (an English question over Dutch text). */
  translates(query: string): boolean;
  /** The multi-word synonyms, as written, of the query's synonym groups ("CJG" → "Centrum voor Jeugd en Gezin"). */
  synonymPhrases(query: string): string[];
  /** In how many indexed chunks an analysed term occurs. */
  documentFrequency(term: string): number;
  search(options: LexicalSearchOptions): LexicalHit[];
  /** Indexes chunks, replacing chunks with the same id. The compound lexicon stays as built. */
  add(chunks: readonly Chunk[]): void;
  remove(chunkId: string): boolean;
  toJSON(): LexicalIndexSnapshot;
}

const COMPOUND_PART_WEIGHT = 0.6;
const QUERY_CACHE_SIZE = 20_000;

/** Builds a retriever over `chunks`; the compound lexicon is the corpus vocabulary plus built-in morphemes. */
export function createLexicalRetriever(options: { chunks: readonly Chunk[]; bm25?: Bm25Options }): LexicalRetriever {
  const lexicon = collectCorpusLexicon(options.chunks);
  const retriever = assembleRetriever({ lexicon, index: new Bm25Index(options.bm25) });
  retriever.add(options.chunks);
  return retriever;
}

/** Restores a retriever from `toJSON()` output (e.g. parsed from disk); throws `LexicalSnapshotError` when unusable. */
export function restoreLexicalRetriever(snapshot: unknown): LexicalRetriever {
  const parsed = parseLexicalIndexSnapshot(snapshot);
  return assembleRetriever({ lexicon: parsed.lexicon, index: Bm25Index.fromJSON(parsed.bm25) });
}

function assembleRetriever(options: { lexicon: readonly string[]; index: Bm25Index }): LexicalRetriever {
  const { lexicon, index } = options;
  const analyzer = createTextAnalyzer({ compoundLexicon: lexicon });
  const thesaurus: Thesaurus = createThesaurus({ analyzer });

  const computeQueryTerms = (query: string, translations = true): readonly WeightedTerm[] => {
    const tokens = analyzer.analyzeQueryTokens(query);
    const terms = new Map<string, WeightedTerm>();
    for (const token of tokens) {
      for (const extra of token.extras) terms.set(extra, { term: extra, weight: COMPOUND_PART_WEIGHT });
    }
    const documentFrequency = (term: string): number => index.documentFrequency(term);
    for (const expanded of thesaurus.expandQuery(tokens.map((token) => token.term), { documentFrequency, translations, queryText: query })) {
      const known = terms.get(expanded.term);
      if (!known) terms.set(expanded.term, expanded);
      else if (expanded.group === undefined) terms.set(expanded.term, { term: expanded.term, weight: Math.max(known.weight, expanded.weight) });
    }
    return Object.freeze([...terms.values()].sort((a, b) => b.weight - a.weight));
  };
  // The composer asks for the terms of each question word and word pair as well: kept per text.
  const queryTerms = memoizeRecent((query: string) => computeQueryTerms(query), { maxEntries: QUERY_CACHE_SIZE });
  const untranslatedQueryTerms = memoizeRecent((query: string) => computeQueryTerms(query, false), { maxEntries: QUERY_CACHE_SIZE });

  return {
    get size() {
      return index.size;
    },
    analyzer,
    queryTerms,
    untranslatedQueryTerms,
    translates: (query) => thesaurus.translates(analyzer.analyzeTokens(query).map((token) => token.term), { documentFrequency: (term) => index.documentFrequency(term), queryText: query }),
    synonymPhrases: (query) => thesaurus.synonymPhrases(analyzer.analyzeTokens(query).map((token) => token.term), query),
    documentFrequency: (term) => index.documentFrequency(term),
    search: ({ query, limit, filter }) => index.search({ terms: queryTerms(query), limit, filter }),
    add(chunks) {
      // Synonyms of words the corpus lacks weigh more (thesaurus): a query's terms depend on the corpus.
      queryTerms.clear();
      untranslatedQueryTerms.clear();
      for (const chunk of chunks) {
        index.add({
          id: chunk.id,
          fields: { heading: analyzer.analyze(headingText(chunk)), body: analyzer.analyze(chunk.text) },
        });
      }
    },
    remove: (chunkId) => {
      queryTerms.clear();
      untranslatedQueryTerms.clear();
      return index.remove(chunkId);
    },
    toJSON: () => ({ version: 1, analyzer: LEXICAL_ANALYZER_VERSION, lexicon: [...lexicon], bm25: index.toJSON() }),
  };
}

/** The document title and the chunk's heading path, without repeating a heading equal to the title. */
function headingText(chunk: Chunk): string {
  const headings = chunk.headingPath.filter((heading) => heading !== chunk.metadata.title);
  return [chunk.metadata.title, ...headings].join('\n');
}
