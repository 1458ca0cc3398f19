import { describe, expect, it } from 'vitest';
import { comparedThingsOf } from '../../../src/answering/extractive/difference-question.ts';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('comparedThingsOf', () => {
  it('gives the two things a difference question compares', () => {
    expect(comparedThingsOf('Wat is het verschil tussen een consortium en een hoofdaannemer?')).toEqual(['een consortium', 'een hoofdaannemer']);
    expect(comparedThingsOf('What is the difference between open house and a tender?')).toEqual(['open house', 'a tender']);
    expect(comparedThingsOf('Wat zijn de risico\'s van een consortium?')).toBeUndefined();
  });
});

describe('a difference question ("Wat is het verschil tussen een consortium en een hoofdaannemer?")', () => {
  const overview = testChunk('consortia', 'Een consortium of hoofdaannemer brengt verschillende expertises onder één verantwoordelijkheid. Een consortium is een samenwerkingsverband van meerdere aanbieders die samen één opdracht aannemen. Bij een consortium treedt vaak één organisatie op als penvoerder.');
  const glossary = testChunk('begrippen', 'Een hoofdaannemer is de partij die een gemeente contracteert en die zelf onderaannemers inschakelt en aanstuurt.');
  const corpus = composerOver([overview, glossary]);

  it('says what each of the two is, then one more thing said of one of them', () => {
    const answer = corpus.compose({ question: 'Wat is het verschil tussen een consortium en een hoofdaannemer?', language: 'nl', passages: [foundPassage(overview), foundPassage(glossary)] });
    expect(answer.answer).toMatch(/^Een consortium is een samenwerkingsverband .*\[1\] Een hoofdaannemer is de partij .*\[2\] Bij een consortium treedt vaak één organisatie op als penvoerder\. \[1\]$/);
  });

  it('opens with a sentence that relates the two when one defines one by the other', () => {
    const terms = testChunk('termen', 'Jeugdzorg is de verzamelterm voor jeugdhulp, jeugdbescherming en jeugdreclassering samen. Jeugdhulp is de hulp aan jeugdigen en hun ouders bij opgroeiproblemen.');
    // A corpus in which "verschil" is a common word, as in the real one.
    const elsewhere = ['de regio', 'de gemeente', 'het jaar', 'de aanbieder', 'de wijk', 'het team'].map((what, i) => testChunk(`verschil${i}`, `Het verschil per ${what} is groot.`));
    const answer = composerOver([terms, ...elsewhere]).compose({ question: 'Wat is het verschil tussen jeugdhulp en jeugdzorg?', language: 'nl', passages: [foundPassage(terms)] });
    expect(answer.answer).toMatch(/^Jeugdzorg is de verzamelterm voor jeugdhulp, .*\[1\] Jeugdhulp is de hulp aan jeugdigen/);
  });
});

describe('a difference question whose sources say how the two differ', () => {
  const contracting = testChunk(
    'contracteren',
    'Open house is een toelatingssysteem op basis van een vooraf bekendgemaakte procedure. Een aanbesteding is een procedure waarin een gemeente aanbieders selecteert door inschrijvingen te vergelijken. PIANOo publiceerde een handreiking over open house. Het belangrijke verschil met een aanbesteding is dat bij open house geen inschrijvers worden gerangschikt.',
  );
  const elsewhere = ['de regio', 'de gemeente', 'het jaar', 'de aanbieder', 'de wijk', 'het team'].map((what, i) => testChunk(`verschil${i}`, `Het verschil per ${what} is groot.`));

  it('opens with the sentence saying how they differ, then says what each is', () => {
    const answer = composerOver([contracting, ...elsewhere]).compose({ question: 'Wat is het verschil tussen open house en een aanbesteding?', language: 'nl', passages: [foundPassage(contracting)] });
    expect(answer.answer).toMatch(/^Het belangrijke verschil met een aanbesteding is .*\[1\] Open house is een toelatingssysteem .*\[1\] Een aanbesteding is een procedure/);
  });
});

