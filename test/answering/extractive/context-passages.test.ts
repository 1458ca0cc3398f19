import { describe, expect, it } from 'vitest';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import { createOfflineComposer } from '../../../src/answering/extractive/offline-composer.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';
import type { RetrievedPassage } from '../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';

function chunk(docId: string, ordinal: number, headingPath: string[], text: string): Chunk {
  return { id: `${docId}#${ordinal}`, docId, source: `${docId}.md`, ordinal, headingPath, text, metadata: { title: headingPath[0]!, gemeenten: [], topics: [] } };
}

// A magazine interview: the section under "Waarom …?" answers, the search found the passages around it.
const chunks = [
  chunk('tarieven', 0, ['Kennis- en Informatiepunt Tarieven'], 'Met het Kennis- en Informatiepunt Tarieven is de Jeugdautoriteit begonnen met het delen van kennis over jeugdzorgtarieven.'),
  chunk('tarieven', 1, ['Kennis- en Informatiepunt Tarieven', 'Waarom zet de Jeugdautoriteit een K&I-punt Tarieven op?'], 'De formele aanleiding voor het K&I-punt Tarieven is het convenant Bevorderen Continuïteit Jeugdhulp. Daarin is een loket over de totstandkoming van tarieven afgesproken.'),
  chunk('tarieven', 2, ['Kennis- en Informatiepunt Tarieven', 'Het doel'], 'Het Kennis- en Informatiepunt Tarieven wil de jeugdzorgsector transparanter maken. De Jeugdautoriteit publiceert elk kwartaal een overzicht van de jeugdzorgtarieven.'),
  chunk('wachtlijsten', 0, ['Wachtlijsten in de jeugdzorg'], 'De wachtlijsten in de jeugdzorg groeien in veel regio’s.'),
];
const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });
const composer = createOfflineComposer({ terms });
const found = (c: Chunk): RetrievedPassage => ({ chunk: c, score: 1, lexicalScore: 1, similarity: 0.5 });
const context = (c: Chunk): RetrievedPassage => ({ chunk: c, score: 0, lexicalScore: 0, similarity: 0, context: true });

describe('context passages (the chunks next to a found passage)', () => {
  it('asks the retriever for the neighbouring chunks of the best document', () => {
    expect(composer.contextDocuments).toBe(1);
  });

  it('answers from the chunk next to the found one when that holds the reason', () => {
    const answer = composer.compose({ question: 'Waarom is de Jeugdautoriteit een Kennis- en Informatiepunt Tarieven gestart?', language: 'nl', passages: [found(chunks[0]!), context(chunks[1]!), found(chunks[2]!)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('convenant Bevorderen Continuïteit Jeugdhulp');
  });

  it('judges whether the sources cover the question on the found passages only', () => {
    const question = 'Waarom publiceert de Jeugdautoriteit elk kwartaal een overzicht van de jeugdzorgtarieven?';
    const withFound = composer.compose({ question, language: 'nl', passages: [found(chunks[2]!), found(chunks[3]!)] });
    expect(withFound.abstained).toBe(false);
    const onlyAsContext = composer.compose({ question, language: 'nl', passages: [found(chunks[3]!), context(chunks[2]!)] });
    expect(onlyAsContext.abstained).toBe(true);
  });
});
