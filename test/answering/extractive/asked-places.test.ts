import { describe, expect, it } from 'vitest';
import { askedPlacesOf } from '../../../src/answering/extractive/asked-places.ts';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import { createOfflineComposer } from '../../../src/answering/extractive/offline-composer.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';
import type { RetrievedPassage } from '../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';

describe('askedPlacesOf', () => {
  it('finds provinces and regions by name or adjective, in Dutch and English', () => {
    expect(askedPlacesOf('Met hoeveel aanbieders werkten de Friese gemeenten?')).toEqual([expect.arrayContaining(['Friesland', 'Fryslân', 'Friese'])]);
    expect(askedPlacesOf('How many Frisian audit offices joined forces?')).toEqual([expect.arrayContaining(['Friesland'])]);
    expect(askedPlacesOf('Welke Twentse gemeenten werken samen?')).toEqual([expect.arrayContaining(['Twente'])]);
  });

  it('finds gemeenten by name or by adjective ("Haagse", "Amsterdamse")', () => {
    expect(askedPlacesOf('Hoeveel jongeren in Almere krijgen jeugdhulp?')).toEqual([expect.arrayContaining(['Almere'])]);
    expect(askedPlacesOf('Waarom noemt de Haagse PvdA het een bezuiniging?')).toEqual([expect.arrayContaining(['Den Haag'])]);
    expect(askedPlacesOf('Wat vindt de Amsterdamse wethouder?')).toEqual([expect.arrayContaining(['Amsterdam'])]);
  });

  it('finds no place in a question about no place', () => {
    expect(askedPlacesOf('Wat is taakgerichte bekostiging?')).toEqual([]);
    expect(askedPlacesOf('Wat vindt de Tweede Kamer van de Hervormingsagenda?')).toEqual([]);
  });
});

function chunk(docId: string, title: string, text: string): Chunk {
  return { id: `${docId}#0`, docId, source: `${docId}.md`, ordinal: 0, headingPath: [title], text, metadata: { title, gemeenten: [], topics: [] } };
}

describe('an answer about the place asked for', () => {
  // Two news items on a new aanbesteding: the search ranks the Haagse one first on the shared words.
  const haag = chunk('h10', 'Jeugdzorg in de regio Haaglanden', 'Bij de nieuwe aanbesteding van jeugdzorg werken de tien gemeenten van het H10 Inkoopbureau met 70 aanbieders. Het inkoopbureau zit in het Haagse stadhuis.');
  const fryslan = chunk('fryslan', 'Strakkere regels', 'De Friese gemeenten werken nu met zo’n 280 jeugdzorgaanbieders. Dat worden er straks nog zo’n honderd.');
  const chunks = [haag, fryslan];
  const composer = createOfflineComposer({ terms: createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks }) });
  const passage = (c: Chunk): RetrievedPassage => ({ chunk: c, score: 1, lexicalScore: 1, similarity: 0.5 });

  it('comes from the document that names the place, though the search ranked another first', () => {
    const answer = composer.compose({ question: 'Met hoeveel aanbieders werken de Friese gemeenten bij de nieuwe aanbesteding van jeugdzorg?', language: 'nl', passages: [passage(haag), passage(fryslan)] });
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.docId).toBe('fryslan');
    expect(answer.answer.split('[1]')[0]).toContain('280');
  });
});
