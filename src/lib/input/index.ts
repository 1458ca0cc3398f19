/** The public face of lib/input/: what other folders may import from it. */
export { InvalidInputError, parseCalculatorInput } from './invalid-input-error.ts';
export { bilingual, nonNegativeNumber, positiveNumber, sharePercent, wholeNumberBetween, yearlyChangePercent } from './schema-fields.ts';
