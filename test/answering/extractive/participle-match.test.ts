import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';


describe('a verb asked in the past tense, answered with its participle', () => {
  const other = testChunk('toegang', 'De Friese gemeenten kregen in 2021 een nieuwe toegang tot jeugdhulp.');
  const answering = testChunk('aanbieders', 'De Friese gemeenten hebben in 2021 met zo’n 280 jeugdhulpaanbieders gewerkt.');
  const chunks = [other, answering];
  const composer = composerOver(chunks);

  it('matches "werkten" with "gewerkt", so the sentence that says it leads', () => {
    const answer = composer.compose({ question: 'Met wie werkten de Friese gemeenten in 2021?', language: 'nl', passages: [foundPassage(other), foundPassage(answering)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer.split('[1]')[0]).toContain('gewerkt');
  });
});
