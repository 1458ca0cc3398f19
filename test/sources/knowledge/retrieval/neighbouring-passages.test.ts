import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../../../src/sources/knowledge/document.ts';
import type { RetrievedPassage } from '../../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';
import { withNeighbouringPassages, withWholeDocuments } from '../../../../src/sources/knowledge/retrieval/neighbouring-passages.ts';

function chunk(docId: string, ordinal: number): Chunk {
  return { id: `${docId}#${ordinal}`, docId, source: `${docId}.md`, ordinal, headingPath: [docId], text: `${docId} ${ordinal}`, metadata: { title: docId, gemeenten: [], topics: [] } };
}

const documents = new Map([
  ['a', [0, 1, 2, 3, 4].map((n) => chunk('a', n))],
  ['b', [0, 1, 2].map((n) => chunk('b', n))],
]);
const chunkAt = (docId: string, ordinal: number) => documents.get(docId)?.[ordinal];
const found = (c: Chunk): RetrievedPassage => ({ chunk: c, score: 1, lexicalScore: 1, similarity: 0.5 });

describe('withNeighbouringPassages', () => {
  it('adds the chunks before and after each passage of the best document, right after it, marked as context', () => {
    const passages = [found(chunkAt('a', 2)!), found(chunkAt('b', 1)!), found(chunkAt('a', 4)!)];
    const result = withNeighbouringPassages(passages, { documents: 1, chunkAt, accept: () => true });
    expect(result.map((p) => `${p.chunk.id}${p.context ? ' (context)' : ''}`)).toEqual(['a#2', 'a#1 (context)', 'a#3 (context)', 'b#1', 'a#4']);
  });

  it('adds a chunk only once, never one that was found, and only what the filter accepts', () => {
    const passages = [found(chunkAt('a', 1)!), found(chunkAt('a', 2)!)];
    const result = withNeighbouringPassages(passages, { documents: 1, chunkAt, accept: (c) => c.ordinal !== 0 });
    expect(result.map((p) => p.chunk.id)).toEqual(['a#1', 'a#2', 'a#3']);
  });

  it('leaves the passages of other documents alone, and adds nothing for no documents', () => {
    const passages = [found(chunkAt('b', 1)!), found(chunkAt('a', 2)!)];
    expect(withNeighbouringPassages(passages, { documents: 1, chunkAt, accept: () => true }).map((p) => p.chunk.id)).toEqual(['b#1', 'b#0', 'b#2', 'a#2']);
    expect(withNeighbouringPassages(passages, { documents: 0, chunkAt, accept: () => true })).toEqual(passages);
  });
});

describe('withWholeDocuments', () => {
  it('adds every other chunk of the best documents after the passages, in document order, marked as context', () => {
    const passages = [found(chunkAt('b', 1)!), found(chunkAt('a', 3)!)];
    const result = withWholeDocuments(passages, { documents: 2, chunkAt, accept: () => true });
    expect(result.map((p) => `${p.chunk.id}${p.context ? ' (context)' : ''}`)).toEqual(['b#1', 'a#3', 'b#0 (context)', 'b#2 (context)', 'a#0 (context)', 'a#1 (context)', 'a#2 (context)', 'a#4 (context)']);
  });

  it('reads only as many documents as asked, ranked by the passages the search found, and only what the filter accepts', () => {
    const passages = [found(chunkAt('a', 2)!), found(chunkAt('b', 1)!)];
    expect(withWholeDocuments(passages, { documents: 1, chunkAt, accept: (c) => c.ordinal !== 0 }).map((p) => p.chunk.id)).toEqual(['a#2', 'b#1', 'a#1', 'a#3', 'a#4']);
    expect(withWholeDocuments(passages, { documents: 0, chunkAt, accept: () => true })).toEqual(passages);
  });
});
