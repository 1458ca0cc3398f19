import { memoizeRecent } from '../../../lib/index.ts';
import { createCompoundSplitter } from './compound-splitter.ts';
import { DUTCH_STOPWORDS } from './dutch-stopwords.ts';
import { ENGLISH_STOPWORDS } from './english-stopwords.ts';
import { foldDiacritics } from './fold-diacritics.ts';
import { separableVerbAt } from './separable-verb.ts';
import { createSnowballStemmer } from './snowball-stemmer.ts';
import { tokenizeWords } from './tokenize.ts';

/** One word of analysed text: its stem, plus the extra index terms derived from it. */
export interface AnalyzedToken {
  /** Stem of the folded word (`residentiële` → `residentiel`). */
  term: string;
  /** Stems of its compound parts and, for a hyphenated word, the joined form. */
  extras: readonly string[];
}

export interface TextAnalyzer {
  /** Index and query terms: each word's stem followed by its extras; stop words removed. */
  analyze(text: string): string[];
  /** The words in text order, for phrase matching (e.g. thesaurus entries). */
  analyzeTokens(text: string): AnalyzedToken[];
  /**
   * As `analyzeTokens`, for a question: a split infinitive (`aan te besteden`) is read as the whole
   * verb (`aanbesteden`), with the bare verb as an extra, so that it meets the text that writes the
   * verb whole. Texts are indexed without this: joining there too moved answers both ways.
   */
  analyzeQueryTokens(text: string): AnalyzedToken[];
}

export interface TextAnalyzerOptions {
  /** Known words (folded, unstemmed) for compound splitting, e.g. the corpus vocabulary. */
  compoundLexicon?: Iterable<string>;
}

const STOPWORDS: ReadonlySet<string> = new Set([...DUTCH_STOPWORDS, ...ENGLISH_STOPWORDS]);
const HAS_DIGIT = /\p{N}/u;
const MAX_STEM_CACHE_SIZE = 200_000;
/** A doubled vowel in a closed final syllable: `residentieel`, `uur`, `lokaal`. */
const DOUBLED_FINAL_VOWEL = /([aeou])\1([^aeiou])$/u;
/** A doubled final consonant left by Snowball: `gezinn` (from `gezinnen`). */
const DOUBLED_FINAL_CONSONANT = /([bcdfghjklmnpqrstvwxz])\1$/u;

/**
 * Creates the Dutch-first analyser: fold diacritics → tokenize → drop Dutch and English stop
 * words → Snowball Dutch stem, with stemmed compound parts after each compound. English words
 * go through the same Dutch stemmer; the thesaurus bridges English to Dutch. Deterministic.
 */
export function createTextAnalyzer(options: TextAnalyzerOptions = {}): TextAnalyzer {
  const stemmer = createSnowballStemmer('dutch');
  const splitter = createCompoundSplitter({ lexicon: options.compoundLexicon, excludedParts: STOPWORDS });
  const stemWord = memoizeRecent((word: string) => voicelessFinal(undoubleFinalSyllable(stemmer.stem(word))), { maxEntries: MAX_STEM_CACHE_SIZE });
  const stem = (word: string): string => (HAS_DIGIT.test(word) ? word : stemWord(word));

  const analyzeWords = (text: string, joinSeparableVerbs: boolean): AnalyzedToken[] => {
    const tokens: AnalyzedToken[] = [];
    const words = tokenizeWords(foldDiacritics(text));
    words.forEach((word, wordIndex) => {
      const separable = joinSeparableVerbs ? separableVerbAt(words, wordIndex) : undefined;
      if (separable) {
        tokens.push({ term: stem(separable.joined), extras: [stem(separable.verb), ...splitter.split(separable.verb).map(stem)] });
        return;
      }
      const kept = word.parts.filter((part) => !STOPWORDS.has(part));
      kept.forEach((part, index) => {
        const extras = splitter.split(part).map(stem);
        if (word.joined && index === kept.length - 1) extras.push(stem(word.joined));
        tokens.push({ term: stem(part), extras });
      });
    });
    return tokens;
  };

  const analyzeTokens = (text: string): AnalyzedToken[] => analyzeWords(text, false);
  const analyzeQueryTokens = (text: string): AnalyzedToken[] => analyzeWords(text, true);
  const analyze = (text: string): string[] => analyzeTokens(text).flatMap((token) => [token.term, ...token.extras]);

  return { analyze, analyzeTokens, analyzeQueryTokens };
}

/**
 * Dutch writes a final s or f where the plural has z or v (`prijs`/`prijzen`, `huis`/`huizen`,
 * `brief`/`brieven`); Snowball keeps the z and v of the plural (`kostprijz`). Stems of at least
 * four letters with a vowel before the z or v end in s or f here, so that singular and plural meet;
 * shorter ones (`lez` from `lezen` is no `les`) and acronyms (`jeugdggz`) stay.
 */
function voicelessFinal(stem: string): string {
  return stem.length >= 4 ? stem.replace(/(?<=[aeiouyj])z$/, 's').replace(/(?<=[aeiouyj])v$/, 'f') : stem;
}

/**
 * Snowball leaves `residentieel` but stems `residentiële` to `residentiel`, and `gezinnen` to
 * `gezinn`; undoubling the final syllable makes such pairs meet (`uur`/`uren`, `lokaal`/`lokale`,
 * `gezin`/`gezinnen`), as Kraaij-Pohlmann stemming does.
 */
function undoubleFinalSyllable(stem: string): string {
  return stem.replace(DOUBLED_FINAL_CONSONANT, '$1').replace(DOUBLED_FINAL_VOWEL, '$1$2');
}
