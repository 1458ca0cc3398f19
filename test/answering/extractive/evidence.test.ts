import { describe, expect, it } from 'vitest';
import { questionWords, unknownWordShare } from '../../../src/answering/extractive/evidence.ts';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';

function chunk(ordinal: number, text: string): Chunk {
  return { id: `monitor#${ordinal}`, docId: 'monitor', source: 'monitor.md', ordinal, headingPath: [], text, metadata: { title: 'Monitor sociaal domein', gemeenten: [], topics: [] } };
}

describe('questionWords', () => {
  const chunks = [chunk(0, 'De monitor laat zien hoeveel ouderen ondersteuning krijgen en hoeveel ouders een eigen bijdrage betalen.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('leaves out the question words: they ask, they say nothing of the subject', () => {
    const words = questionWords({ question: 'Hoeveel erfbelasting betaal ik over een erfenis van mijn ouders?', terms });
    expect(words.map((w) => w.word)).not.toContain('Hoeveel');
    // erfbelasting and erfenis unknown, betaal and ouders known: half the question is about something else.
    expect(unknownWordShare(words)).toBe(0.5);
  });
});
