import { describe, expect, it } from 'vitest';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import { withFrameVerbsDiscounted } from '../../../src/answering/extractive/frame-verbs.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';
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

describe('the weights of a question framed by where something goes ("Wat gebeurt er als een aanbieder failliet gaat?")', () => {
  const chunks = [testChunk('varianten', 'Bij de outputgerichte variant gaat het om een traject van een aanbieder.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });
  const question = 'Wat gebeurt er als een aanbieder failliet gaat?';
  const weights = new Map([...terms.queryTerms(question)].map(([term, weight]) => [term, weight * terms.idf(term)]));
  const discounted = withFrameVerbsDiscounted(weights, question, terms);
  const [verb] = terms.sentenceTerms('gaat');
  const [provider] = terms.sentenceTerms('aanbieder');

  it('discount the verb, not what the question is about ("gaat" weighs 0.3, "aanbieder" in full)', () => {
    expect(discounted.get(verb!)).toBeCloseTo(0.3 * weights.get(verb!)!);
    expect(discounted.get(provider!)).toBe(weights.get(provider!));
  });
});
