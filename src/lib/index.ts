/** The public face of lib/: what other folders may import from it. */
export { bothLanguages, inLanguage, type Bilingual, type Language } from './language.ts';
export { escapeRegExp } from './escape-regexp.ts';
export { memoizeRecent } from './memoize-recent.ts';
export type { OpenAiServiceConfig } from './openai-service-config.ts';
export { roundMoney, roundPercent } from './round-money.ts';
