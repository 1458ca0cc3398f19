/** Dutch and English number words one–ten (and a few variants), used in "de laatste vijf jaar". */
export const numberWords: Readonly<Record<string, number>> = {
  een: 1, één: 1, eén: 1, one: 1,
  twee: 2, two: 2,
  drie: 3, three: 3,
  vier: 4, four: 4,
  vijf: 5, five: 5,
  zes: 6, six: 6,
  zeven: 7, seven: 7,
  acht: 8, eight: 8,
  negen: 9, nine: 9,
  tien: 10, ten: 10,
};

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
