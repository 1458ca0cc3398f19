import { createRequire } from 'node:module';

/** A Snowball stemmer as exposed by the untyped `snowball-stemmers` package. */
export interface SnowballStemmer {
  stem(word: string): string;
}

interface SnowballStemmersModule {
  newStemmer(language: string): SnowballStemmer;
}

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as SnowballStemmersModule;

/** Creates a Snowball stemmer for `language` (`'dutch'`, `'english'`, ...). */
export function createSnowballStemmer(language: 'dutch' | 'english'): SnowballStemmer {
  return snowball.newStemmer(language);
}
