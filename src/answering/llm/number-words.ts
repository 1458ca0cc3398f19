import { NUMBER_WORD_VALUES } from '../../lib/dutch/index.ts';

/**
 * Amounts written in words before a multiplier or percent sign ("twee miljoen", "vijftig procent",
 * "anderhalf miljard", "three million"), which are claims just like "2 mln". Bare number words
 * ("twee aanbieders") are not read: "een" is also the article.
 */
const WORD_VALUES = NUMBER_WORD_VALUES;

const SCALES: Record<string, number> = {
  duizend: 1e3, thousand: 1e3, miljoen: 1e6, million: 1e6, miljard: 1e9, billion: 1e9,
  procent: 0.01, percent: 0.01, '%': 0.01,
};

const WORD_AMOUNT = new RegExp(`(?<![\\p{L}])(${Object.keys(WORD_VALUES).join('|')})\\s+(${Object.keys(SCALES).join('|')})(?![\\p{L}])`, 'giu');

export interface WordAmount {
  text: string;
  index: number;
  /** The number itself (50 for "vijftig procent") and its scaled value (0.5). */
  values: number[];
}

export function findWordAmounts(text: string): WordAmount[] {
  return [...text.matchAll(WORD_AMOUNT)].map((match) => {
    const value = WORD_VALUES[match[1]!.toLowerCase()]!;
    const scale = SCALES[match[2]!.toLowerCase()]!;
    return { text: match[0], index: match.index, values: scale < 1 ? [value, value * scale] : [value * scale] };
  });
}
