import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('a definition question with a context ("Wat zijn zero\'s bij KOOS?")', () => {
  const koos = testChunk(
    'koos',
    'KOOS is een samenwerkingsverband van Altrecht, De Opvoedpoli en Youké. KOOS werkt toe naar vier zero\'s: zero residentieel, zero suïcide, zero schooluitval en zero stigma, zo staat in het KOOS-jaarbeeld 2021.',
  );
  const consortium = testChunk(
    'consortium',
    'Een consortium is een samenwerkingsverband van meerdere aanbieders. Bij een consortium treedt vaak één organisatie op als penvoerder, die namens de combinatie contracteert en factureert.',
  );
  const corpus = composerOver([koos, consortium]);

  it('is answered by the sentence about what is asked, not by the one saying what the context is', () => {
    const answer = corpus.compose({ question: "Wat zijn zero's bij KOOS?", language: 'nl', passages: [foundPassage(koos)] });
    expect(answer.answer).toMatch(/^KOOS werkt toe naar vier zero's/);
    const penvoerder = corpus.compose({ question: 'Wat is een penvoerder bij een consortium?', language: 'nl', passages: [foundPassage(consortium)] });
    expect(penvoerder.answer).toMatch(/^Bij een consortium treedt vaak één organisatie op als penvoerder/);
  });

  it('still opens with the definition when the question asks only for the thing', () => {
    const answer = corpus.compose({ question: 'Wat is een consortium?', language: 'nl', passages: [foundPassage(consortium)] });
    expect(answer.answer).toMatch(/^Een consortium is een samenwerkingsverband/);
  });
});
