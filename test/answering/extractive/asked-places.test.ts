import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';
import { askedPlacesOf } from '../../../src/answering/extractive/asked-places.ts';

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


describe('an answer about the place asked for', () => {
  // Two news items on a new aanbesteding: the search ranks the Haagse one first on the shared words.
  const haag = testChunk('h10', 'Bij de nieuwe aanbesteding van jeugdzorg werken de tien gemeenten van het H10 Inkoopbureau met 70 aanbieders. Het inkoopbureau zit in het Haagse stadhuis.');
  const fryslan = testChunk('fryslan', 'De Friese gemeenten werken nu met zo’n 280 jeugdzorgaanbieders. Dat worden er straks nog zo’n honderd.');
  const chunks = [haag, fryslan];
  const composer = composerOver(chunks);

  it('comes from the document that names the place, though the search ranked another first', () => {
    const answer = composer.compose({ question: 'Met hoeveel aanbieders werken de Friese gemeenten bij de nieuwe aanbesteding van jeugdzorg?', language: 'nl', passages: [foundPassage(haag), foundPassage(fryslan)] });
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.docId).toBe('fryslan');
    expect(answer.answer.split('[1]')[0]).toContain('280');
  });
});
