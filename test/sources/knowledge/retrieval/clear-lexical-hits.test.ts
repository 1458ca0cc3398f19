import { describe, expect, it } from 'vitest';
import { clearLexicalHits, withClearLexicalHits } from '../../../../src/sources/knowledge/retrieval/clear-lexical-hits.ts';
import type { RetrievedPassage } from '../../../../src/sources/knowledge/retrieval/retrieved-passage.ts';

const passage = (id: string): RetrievedPassage => ({ chunk: { id, docId: id.split('#')[0]!, source: `${id}.md`, ordinal: 0, headingPath: [], text: id, metadata: { title: id, gemeenten: [], topics: [] } }, score: 0, lexicalScore: 0, similarity: 0 });
const ids = (passages: RetrievedPassage[]) => passages.map((p) => p.chunk.id);

describe('clearLexicalHits', () => {
  it('keeps BM25\'s first hit, and the second when it scores close to it', () => {
    expect(clearLexicalHits([{ id: 'a', score: 15.9 }, { id: 'b', score: 14.5 }, { id: 'c', score: 14 }]).map((h) => h.id)).toEqual(['a', 'b']);
    expect(clearLexicalHits([{ id: 'a', score: 13.7 }, { id: 'b', score: 8.6 }]).map((h) => h.id)).toEqual(['a']);
    expect(clearLexicalHits([])).toEqual([]);
  });
});

describe('withClearLexicalHits', () => {
  it('puts missing clear hits in the last places, keeping the order of the rest', () => {
    const found = ['v1', 'v2', 'v3', 'v4'].map(passage);
    expect(ids(withClearLexicalHits(found, [passage('bm1'), passage('bm2')], 4))).toEqual(['v1', 'v2', 'bm1', 'bm2']);
  });

  it('keeps a clear hit that is already found where it stands, and changes nothing when all are there', () => {
    const found = ['v1', 'bm1', 'v2', 'v3'].map(passage);
    expect(ids(withClearLexicalHits(found, [passage('bm1'), passage('bm2')], 4))).toEqual(['v1', 'bm1', 'v2', 'bm2']);
    expect(withClearLexicalHits(found, [passage('bm1')], 4)).toBe(found);
  });
});
