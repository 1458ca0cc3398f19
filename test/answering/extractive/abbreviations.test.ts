import { describe, expect, it } from 'vitest';
import { abbreviationsIn } from '../../../src/answering/extractive/abbreviations.ts';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('abbreviationsIn', () => {
  it('finds a short form in brackets spelled by the initials of the words before it', () => {
    expect(abbreviationsIn('Veendam werkt binnen het Jeugd Expertise Punt (JEP).')).toEqual([{ long: 'Jeugd Expertise Punt', short: 'JEP' }]);
    expect(abbreviationsIn('De Regionale Inkooporganisatie Groninger Gemeenten (RIGG) betaalt.')).toEqual([{ long: 'Regionale Inkooporganisatie Groninger Gemeenten', short: 'RIGG' }]);
  });

  it('lets the short form skip or keep a small word ("maatregel van bestuur" → AMvB, "Zorg voor de Jeugd" → OZJ)', () => {
    expect(abbreviationsIn('de algemene maatregel van bestuur (AMvB) van 2024')).toEqual([{ long: 'algemene maatregel van bestuur', short: 'AMvB' }]);
    expect(abbreviationsIn('het Ondersteuningsteam Zorg voor de Jeugd (OZJ) van de VNG')).toEqual([{ long: 'Ondersteuningsteam Zorg voor de Jeugd', short: 'OZJ' }]);
  });

  it('leaves brackets that abbreviate nothing before them', () => {
    expect(abbreviationsIn('Het rapport van de commissie (VNG) kwam later.')).toEqual([]);
    expect(abbreviationsIn('De tabel (zie bijlage) en de tekst (pgb) volgen.')).toEqual([]);
  });
});

describe('a question asking for one form of an abbreviation', () => {
  const veendam = testChunk(
    'veendam',
    'Door het Jeugd Expertise Punt is jeugdhulp in Veendam sneller beschikbaar. Veendam bundelde de jeugdhulp in één opdracht binnen het Jeugd Expertise Punt (JEP). Het JEP is een algemene voorziening zonder beschikking.',
  );
  const jeugdautoriteit = testChunk(
    'jeugdautoriteit',
    'De Jeugdautoriteit is per 1 januari 2019 ingesteld als onderdeel van VWS. De Jeugdautoriteit kwam in de plaats van de Transitie Autoriteit Jeugd (TAJ), die eind 2018 is opgeheven.',
  );
  const corpus = composerOver([veendam, jeugdautoriteit]);

  it('is answered by a sentence that says what the thing is under its other form', () => {
    const answer = corpus.compose({ question: 'What is the Jeugd Expertise Punt?', language: 'en', passages: [foundPassage(veendam)] });
    expect(answer.answer).toContain('Het JEP is een algemene voorziening');
    expect(answer.answer.indexOf('Het JEP is')).toBeLessThan(answer.answer.indexOf('Door het Jeugd Expertise Punt'));
  });

  it('counts the long form as a phrase, not word by word inside other words ("Jeugdautoriteit" is no TAJ)', () => {
    const answer = corpus.compose({ question: 'Wat is de TAJ?', language: 'nl', passages: [foundPassage(jeugdautoriteit)] });
    expect(answer.answer).toMatch(/^De Jeugdautoriteit kwam in de plaats van de Transitie Autoriteit Jeugd/);
  });
});
