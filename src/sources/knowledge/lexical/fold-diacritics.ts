const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Lowercases text and removes diacritics so that spelling variants meet:
 * `cliënten` → `clienten`, `financiële` → `financiele`, `ĳ` → `ij`.
 * Typographic quotes become plain `'` and `"`; digits and other characters are kept.
 */
export function foldDiacritics(text: string): string {
  return text
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase();
}
