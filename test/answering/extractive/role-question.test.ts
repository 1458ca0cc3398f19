import { describe, expect, it } from 'vitest';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import { createOfflineComposer } from '../../../src/answering/extractive/offline-composer.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';
import type { RetrievedPassage } from '../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';

function chunk(docId: string, text: string): Chunk {
  return { id: `${docId}#0`, docId, source: `${docId}.md`, ordinal: 0, headingPath: [docId], text, metadata: { title: docId, gemeenten: [], topics: [] } };
}

describe('a question for whoever holds a role', () => {
  const utrecht = chunk('utrecht', 'De gemeente Utrecht organiseert de specialistische jeugdhulp via twee samenwerkingsverbanden. Utrecht werkt daarin samen met de regio Lekstroom.');
  const groningen = chunk('groningen', 'Maar daar gaat het fout, zegt Johan Hamster, wethouder jeugd van Stadskanaal. Hij coördineert de inkoop van de jeugdzorg.');
  const commissie = chunk('commissie', 'De Deskundigencommissie staat onder voorzitterschap van Jan de Vries. De commissie volgt de uitvoering van de Hervormingsagenda.');
  const chunks = [utrecht, groningen, commissie];
  const composer = createOfflineComposer({ terms: createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks }) });
  const passage = (c: Chunk): RetrievedPassage => ({ chunk: c, score: 1, lexicalScore: 1, similarity: 0.5 });
  const ask = (question: string) => composer.compose({ question, language: 'nl', passages: chunks.map(passage) });

  it('refuses when no document about the asked place names the role, however well it matches the rest', () => {
    const answer = ask('Wie is de wethouder jeugd van Utrecht?');
    expect(answer.abstained).toBe(true);
    expect(answer.refusal).toBe('no-answer-sentence');
  });

  it('answers when a document about the place names the role, also inside a longer word ("voorzitterschap")', () => {
    expect(ask('Wie is de wethouder jeugd van Stadskanaal?').answer).toContain('Johan Hamster');
    expect(ask('Wie is voorzitter van de Deskundigencommissie?').answer).toContain('Jan de Vries');
  });
});
