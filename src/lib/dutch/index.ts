/** The public face of lib/dutch/: what other folders may import from it. */
export { type ParsedAmount, parseAmounts } from './amount-parser.ts';
export { detectLanguage } from './detect-language.ts';
export { type MonthName, monthName, monthNamesEn, monthNamesNl } from './month-names.ts';
export { NUMBER_WORD_VALUES, readSmallNumber } from './number-words.ts';
export { parseLocalizedNumber } from './parse-dutch-number.ts';
export { findPeriods, parsePeriod } from './period-parser.ts';
export type { Period } from './period.ts';
export { resolveAgainstAvailable } from './resolve-against-available.ts';
