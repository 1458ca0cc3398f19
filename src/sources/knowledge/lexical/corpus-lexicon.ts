import type { Chunk } from '../document.ts';
import { DUTCH_STOPWORDS } from './dutch-stopwords.ts';
import { ENGLISH_STOPWORDS } from './english-stopwords.ts';
import { foldDiacritics } from './fold-diacritics.ts';
import { tokenizeWords } from './tokenize.ts';

const MIN_WORD_LENGTH = 4;
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * The folded, unstemmed words of the chunks (text, title and headings), sorted: the corpus part
 * of the compound splitter's lexicon. Stop words, short words, words with digits and the joined
 * forms of hyphenated words are left out.
 */
export function collectCorpusLexicon(chunks: Iterable<Chunk>): string[] {
  const words = new Set<string>();
  const seenTitles = new Set<string>();
  const addText = (text: string): void => {
    for (const word of tokenizeWords(foldDiacritics(text)).flatMap((token) => token.parts)) {
      if (word.length >= MIN_WORD_LENGTH && LETTERS_ONLY.test(word) && !DUTCH_STOPWORDS.has(word) && !ENGLISH_STOPWORDS.has(word)) {
        words.add(word);
      }
    }
  };
  for (const chunk of chunks) {
    if (!seenTitles.has(chunk.metadata.title)) {
      seenTitles.add(chunk.metadata.title);
      addText(chunk.metadata.title);
    }
    addText(chunk.headingPath.join('\n'));
    addText(chunk.text);
  }
  return [...words].sort();
}
