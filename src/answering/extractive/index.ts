/** The public face of answering/extractive/: what other folders may import from it. */
export { createLexicalTermMatcher } from './lexical-term-matcher.ts';
export { createOfflineComposer } from './offline-composer.ts';
