/**
 * Normalisation for matching place names: lower case, diacritics and ligatures removed
 * (NFKD), every run of characters other than letters and digits (apostrophes, hyphens,
 * slashes, emoji) turned into one space. "'s-Hertogenbosch" → "s hertogenbosch",
 * "Súdwest-Fryslân" → "sudwest fryslan".
 */
export function normalizeName(text: string): string {
  return normalizeWithOffsets(text).normalized;
}

export interface NormalizedText {
  normalized: string;
  /** For each character of `normalized`: start offset of its source character in the input. */
  starts: number[];
  /** For each character of `normalized`: end offset (exclusive) of its source character. */
  ends: number[];
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const combiningMark = /\p{M}/gu;

/** Normalises like `normalizeName` and keeps, per output character, where it came from. */
export function normalizeWithOffsets(text: string): NormalizedText {
  let normalized = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const character of text) {
    const end = offset + character.length;
    const folded = character.normalize('NFKD').replace(combiningMark, '').toLowerCase();
    for (const part of folded) {
      if (letterOrDigit.test(part)) {
        normalized += part;
        starts.push(offset);
        ends.push(end);
      } else if (normalized.length > 0 && !normalized.endsWith(' ')) {
        normalized += ' ';
        starts.push(offset);
        ends.push(end);
      }
    }
    offset = end;
  }
  if (normalized.endsWith(' ')) {
    normalized = normalized.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { normalized, starts, ends };
}
