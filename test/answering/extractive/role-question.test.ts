import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';


describe('a question for whoever holds a role', () => {
  const utrecht = testChunk('utrecht', 'De gemeente Utrecht organiseert de specialistische jeugdhulp via twee samenwerkingsverbanden. Utrecht werkt daarin samen met de regio Lekstroom.');
  const groningen = testChunk('groningen', 'Maar daar gaat het fout, zegt Johan Hamster, wethouder jeugd van Stadskanaal. Hij coördineert de inkoop van de jeugdzorg.');
  const commissie = testChunk('commissie', 'De Deskundigencommissie staat onder voorzitterschap van Jan de Vries. De commissie volgt de uitvoering van de Hervormingsagenda.');
  const chunks = [utrecht, groningen, commissie];
  const composer = composerOver(chunks);
  const ask = (question: string) => composer.compose({ question, language: 'nl', passages: chunks.map(foundPassage) });

  it('refuses when no document about the asked place names the role, however well it matches the rest', () => {
    const answer = ask('Wie is de wethouder jeugd van Utrecht?');
    expect(answer.abstained).toBe(true);
    expect(answer.refusal).toBe('no-answer-sentence');
  });

  it('answers when a document about the place names the role, also inside a longer word ("voorzitterschap")', () => {
    expect(ask('Wie is de wethouder jeugd van Stadskanaal?').answer).toContain('Johan Hamster');
    expect(ask('Wie is voorzitter van de Deskundigencommissie?').answer).toContain('Jan de Vries');
  });

  it('reads a role of two words as one ("lead partner" is a penvoerder), though neither word alone names it', () => {
    const consortium = testChunk('consortium', 'Een consortium is een samenwerkingsverband van aanbieders. Bij een consortium treedt vaak één organisatie op als penvoerder, die namens de combinatie contracteert en factureert.');
    const answer = composerOver([...chunks, consortium]).compose({ question: 'Who is the lead partner in a consortium?', language: 'en', passages: [foundPassage(consortium), ...chunks.map(foundPassage)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('penvoerder');
  });
});
