/**
 * The one table of Dutch and English number words: "twee", "vijftig", "anderhalf", "three". Read
 * in "de laatste vijf jaar" (one to ten only, `numberWords`) and in amounts written in words such
 * as "twee miljoen" (all of them).
 */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = {
  half: 0.5, anderhalf: 1.5, tweeënhalf: 2.5, drieënhalf: 3.5, vierenhalf: 4.5, vijfenhalf: 5.5, een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  eén: 1,
};

/** The number words one–ten (and a few variants), used in "de laatste vijf jaar". */
export const numberWords: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORD_VALUES).filter(([, value]) => Number.isInteger(value) && value >= 1 && value <= 10),
);

/** Regex alternation of all number words, longest first. */
export const numberWordPattern = Object.keys(numberWords)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Reads "5", "vijf" or "five" as a number; null when it is neither. */
export function readSmallNumber({ text }: { text: string }): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d{1,3}$/.test(trimmed)) return Number(trimmed);
  return numberWords[trimmed] ?? null;
}
