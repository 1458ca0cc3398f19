import { describe, expect, it } from 'vitest';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import { createOfflineComposer } from '../../../src/answering/extractive/offline-composer.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';
import type { RetrievedPassage } from '../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';

function chunk(docId: string, text: string): Chunk {
  return { id: `${docId}#0`, docId, source: `${docId}.md`, ordinal: 0, headingPath: [docId], text, metadata: { title: docId, gemeenten: [], topics: [] } };
}

describe('a verb asked in the past tense, answered with its participle', () => {
  const other = chunk('toegang', 'De Friese gemeenten kregen in 2021 een nieuwe toegang tot jeugdhulp.');
  const answering = chunk('aanbieders', 'De Friese gemeenten hebben in 2021 met zo’n 280 jeugdhulpaanbieders gewerkt.');
  const chunks = [other, answering];
  const composer = createOfflineComposer({ terms: createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks }) });
  const passage = (c: Chunk): RetrievedPassage => ({ chunk: c, score: 1, lexicalScore: 1, similarity: 0.5 });

  it('matches "werkten" with "gewerkt", so the sentence that says it leads', () => {
    const answer = composer.compose({ question: 'Met wie werkten de Friese gemeenten in 2021?', language: 'nl', passages: [passage(other), passage(answering)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer.split('[1]')[0]).toContain('gewerkt');
  });
});
