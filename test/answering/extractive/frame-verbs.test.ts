import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('a question framed by where something stands ("Wat moet er in een exitplan staan?")', () => {
  const outcome = testChunk('outcome', 'Outcomegegevens staan niet op zichzelf: het gesprek over de context is nodig.');
  const exit = testChunk('afhankelijkheid', 'Een gemeente beperkt de afhankelijkheid van één partij met een exit- en continuïteitsplan in het contract.');
  const corpus = composerOver([outcome, exit]);

  it('is answered by the sentence about its subject, not by one that happens to use the verb', () => {
    const answer = corpus.compose({ question: 'Wat moet er in een exitplan staan?', language: 'nl', passages: [foundPassage(outcome), foundPassage(exit)] });
    expect(answer.answer).toMatch(/^Een gemeente beperkt de afhankelijkheid van één partij met een exit- en continuïteitsplan/);
  });

  it('still lets the verb count when the question is about it', () => {
    const answer = corpus.compose({ question: 'Staan outcomegegevens op zichzelf?', language: 'nl', passages: [foundPassage(outcome), foundPassage(exit)] });
    expect(answer.answer).toMatch(/^Outcomegegevens staan niet op zichzelf/);
  });
});
