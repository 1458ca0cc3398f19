/**
 * Amounts written in words before a multiplier or percent sign ("twee miljoen", "vijftig procent",
 * "anderhalf miljard", "three million"), which are claims just like "2 mln". Bare number words
 * ("twee aanbieders") are not read: "een" is also the article.
 */
const WORD_VALUES: Record<string, number> = {
  half: 0.5, anderhalf: 1.5, een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

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
