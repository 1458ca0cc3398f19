import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHashingEmbedder } from '../../../../src/sources/knowledge/embeddings/hashing-embedder.ts';
import type { KnowledgeIndex } from '../../../../src/sources/knowledge/index/knowledge-index.ts';
import { createHybridRetriever, type Retriever } from '../../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';
import { createTestStelselwijzer } from '../../../support/knowledge-fixture.ts';

describe('hybrid retrieval over the knowledge base', () => {
  let retriever: Retriever;
  let index: KnowledgeIndex;
  let cleanup: () => void;

  beforeAll(async () => {
    const stelselwijzer = await createTestStelselwijzer();
    cleanup = stelselwijzer.cleanup;
    index = stelselwijzer.index;
    retriever = createHybridRetriever({ index, embedder: createHashingEmbedder() });
  });
  afterAll(() => cleanup?.());

  it('finds the Hollands Kroon case for a question about it', async () => {
    const [top] = await retriever.retrieve({ query: 'Hoe werkt Hollands Kroon samen met Incluzio?', limit: 5 });
    expect(top?.chunk.metadata.gemeenten).toContain('Hollands Kroon');
  });

  it('bridges an English question to Dutch passages through the thesaurus', async () => {
    const passages = await retriever.retrieve({ query: 'What are the risks of a lump sum for clients?', limit: 5 });
    expect(passages.map((p) => p.chunk.source)).toContain('knowledge/risicos-lumpsum-voor-clienten.md');
  });

  it('lets BM25 with translations weigh more than word matches on English glosses for an English question', async () => {
    const passages = await retriever.retrieve({ query: 'Why do costs of youth care keep rising?', limit: 5 });
    // The AEF study of why spending rose: found through kosten/stijging, not through the English words.
    expect(passages.slice(0, 3).map((p) => p.chunk.source)).toContain('knowledge/onderzoek-aef-stelsel-in-groei-tekorten-jeugdzorg.md');
  });

  it('keeps the passage BM25 ranks first, also when fusion with the vector ranking would push it out', async () => {
    // The glossary's P×Q entry has every word of the question; passages with fewer of them but a better vector rank outrank it in the fusion.
    const query = 'Waarom zou P×Q aanbieders aanzetten tot meer zorg leveren?';
    const [best] = index.lexical.search({ query, limit: 1 });
    const passages = await retriever.retrieve({ query, limit: 6 });
    expect(passages).toHaveLength(6);
    expect(passages.map((p) => p.chunk.id)).toContain(best!.id);
  });

  it('filters on document type', async () => {
    const passages = await retriever.retrieve({ query: 'taakgericht werken', limit: 6, filter: { types: ['casus'] } });
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((p) => p.chunk.metadata.type === 'casus')).toBe(true);
  });

  it('filters on gemeente, case-insensitively', async () => {
    const passages = await retriever.retrieve({ query: 'jeugdhulp', limit: 6, filter: { gemeenten: ['utrecht'] } });
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((p) => p.chunk.metadata.gemeenten.includes('Utrecht'))).toBe(true);
  });

  it('adds the chunks next to the best document\'s passages as context, after the passage they neighbour', async () => {
    const found = await retriever.retrieve({ query: 'Hoe werkt Hollands Kroon samen met Incluzio?', limit: 5 });
    const withContext = await retriever.retrieve({ query: 'Hoe werkt Hollands Kroon samen met Incluzio?', limit: 5, contextDocuments: 1 });
    expect(withContext.filter((p) => !p.context).map((p) => p.chunk.id)).toEqual(found.map((p) => p.chunk.id));
    const added = withContext.filter((p) => p.context);
    expect(added.length).toBeGreaterThan(0);
    for (const passage of added) {
      expect(passage.chunk.docId).toBe(found[0]!.chunk.docId);
      const before = withContext[withContext.indexOf(passage) - 1]!;
      expect(before.chunk.docId).toBe(passage.chunk.docId);
      expect(found.some((f) => f.chunk.docId === passage.chunk.docId && Math.abs(f.chunk.ordinal - passage.chunk.ordinal) === 1)).toBe(true);
    }
    expect(new Set(withContext.map((p) => p.chunk.id)).size).toBe(withContext.length);
  });

  it('returns distinct passages with their lexical score and similarity', async () => {
    const passages = await retriever.retrieve({ query: 'randvoorwaarden taakgerichte bekostiging', limit: 6 });
    expect(new Set(passages.map((p) => p.chunk.id)).size).toBe(passages.length);
    expect(passages[0]!.lexicalScore).toBeGreaterThan(0);
    expect(passages[0]!.similarity).toBeGreaterThan(0);
  });
});
