import { describe, expect, it } from 'vitest';
import { countedTermsOf, countsTerms } from '../../../src/answering/extractive/counted-noun.ts';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';

function chunk(ordinal: number, text: string): Chunk {
  return { id: `regio#${ordinal}`, docId: 'regio', source: 'regio.md', ordinal, headingPath: [], text, metadata: { title: 'Regiobeeld', gemeenten: [], topics: [] } };
}

describe('countedTermsOf / countsTerms', () => {
  const chunks = [chunk(0, 'De zorgkantoorregio bestaat uit 15 gemeenten. De regio heeft 641.124 inwoners.'), chunk(1, 'Zestien Friese rekenkamers doen onderzoek.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('finds the count of what a how-many question asks for, not another number', () => {
    const counted = countedTermsOf('Hoeveel inwoners telt de zorgkantoorregio?', terms);
    expect(countsTerms('De regio heeft 641.124 inwoners.', counted, terms)).toBe(true);
    expect(countsTerms('De zorgkantoorregio bestaat uit 15 gemeenten.', counted, terms)).toBe(false);
  });

  it('reads a number word and a word between the count and what is counted', () => {
    expect(countsTerms('Zestien Friese rekenkamers doen onderzoek.', countedTermsOf('Hoeveel rekenkamers doen mee?', terms), terms)).toBe(true);
  });

  it('finds an English question\'s counted word through its translation', () => {
    expect(countsTerms('De zorgkantoorregio bestaat uit 15 gemeenten.', countedTermsOf('How many municipalities are in the region?', terms), terms)).toBe(true);
  });

  it('counts inhabitants for "what is the population of …?"', () => {
    const counted = countedTermsOf('What is the population of the care office region?', terms);
    expect(countsTerms('De regio heeft 641.124 inwoners.', counted, terms)).toBe(true);
    expect(countsTerms('De zorgkantoorregio bestaat uit 15 gemeenten.', counted, terms)).toBe(false);
  });

  it('counts nothing for a question that is no how-many question', () => {
    const counted = countedTermsOf('Welke gemeenten horen bij de regio?', terms);
    expect(counted.size).toBe(0);
    expect(countsTerms('De zorgkantoorregio bestaat uit 15 gemeenten.', counted, terms)).toBe(false);
  });
});
