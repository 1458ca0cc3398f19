import { createLexicalTermMatcher } from '../../src/answering/extractive/lexical-term-matcher.ts';
import { createOfflineComposer } from '../../src/answering/extractive/offline-composer.ts';
import type { AnswerComposer } from '../../src/assistant/index.ts';
import type { Chunk } from '../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../src/sources/knowledge/lexical/lexical-retriever.ts';
import type { RetrievedPassage } from '../../src/sources/knowledge/retrieval/hybrid-retriever.ts';

/** A chunk of a small test corpus: its document's id is its title. */
export function testChunk(docId: string, text: string, ordinal = 0): Chunk {
  return { id: `${docId}#${ordinal}`, docId, source: `${docId}.md`, ordinal, headingPath: [docId], text, metadata: { title: docId, gemeenten: [], topics: [] } };
}

/** A chunk of a document with its own title (the chunk stands under the title, no section heading). */
export function titledChunk(docId: string, title: string, text: string): Chunk {
  const chunk = testChunk(docId, text);
  return { ...chunk, headingPath: [title], metadata: { ...chunk.metadata, title } };
}

/** The offline composer over these chunks, with the term matching of a lexical index built from them. */
export function composerOver(chunks: Chunk[]): AnswerComposer {
  return createOfflineComposer({ terms: createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks }) });
}

/** A chunk as the search found it. */
export function foundPassage(chunk: Chunk): RetrievedPassage {
  return { chunk, score: 1, lexicalScore: 1, similarity: 0.5 };
}
