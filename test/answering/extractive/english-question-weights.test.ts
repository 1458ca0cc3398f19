import { describe, expect, it } from 'vitest';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import { createOfflineComposer } from '../../../src/answering/extractive/offline-composer.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';
import type { RetrievedPassage } from '../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';

function chunk(docId: string, ordinal: number, text: string): Chunk {
  return { id: `${docId}#${ordinal}`, docId, source: `${docId}.md`, ordinal, headingPath: [docId], text, metadata: { title: docId, gemeenten: [], topics: [] } };
}

describe('an English question over Dutch sentences', () => {
  // The question's names match as written, its other words only through their translations: a sentence
  // repeating the names must not outscore the one that says who coordinates the purchasing.
  const chunks = [
    chunk('groningen', 0, 'Stadskanaal, Veendam, Pekela en Oldambt worstelen met de kostenexplosie. In Stadskanaal en Veendam krijgen steeds meer kinderen hulp.'),
    chunk('groningen', 1, 'Een wethouder coördineert de gezamenlijke inkoop van de jeugdzorg namens de gemeenten.'),
    chunk('elders', 0, 'De gemeenten in de regio werken samen aan preventie. De wachtlijsten in de regio groeien.'),
  ];
  const composer = createOfflineComposer({ terms: createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks }) });
  const passage = (c: Chunk): RetrievedPassage => ({ chunk: c, score: 1, lexicalScore: 1, similarity: 0.5 });

  it('weighs the translations of its words as much as the names, so the sentence that says what was asked leads', () => {
    const answer = composer.compose({ question: 'Who coordinates the joint purchasing of youth care for Stadskanaal, Veendam, Pekela and Oldambt?', language: 'en', passages: chunks.map(passage) });
    expect(answer.abstained).toBe(false);
    const body = answer.answer.split('\n\n').slice(1).join('\n\n');
    expect(body.split('[1]')[0]).toContain('coördineert de gezamenlijke inkoop');
  });
});
