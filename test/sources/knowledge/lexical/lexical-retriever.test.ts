import { describe, expect, it } from 'vitest';
import {
  createLexicalRetriever,
  LexicalSnapshotError,
  restoreLexicalRetriever,
} from '../../../../src/sources/knowledge/lexical/index.ts';
import { makeChunk } from './make-chunk.ts';

const chunks = [
  makeChunk({
    id: 'taakgericht#randvoorwaarden',
    title: 'Taakgericht werken',
    headingPath: ['Taakgericht werken', 'Randvoorwaarden'],
    text: 'Randvoorwaarden voor taakgerichte bekostiging zijn een goede toegang, vertrouwen tussen gemeente en aanbieder en een realistisch budget.',
  }),
  makeChunk({
    id: 'pleegzorg#tarieven',
    title: 'Pleegzorg',
    headingPath: ['Pleegzorg', 'Tarieven'],
    text: 'De vergoeding voor pleegouders wordt jaarlijks geïndexeerd. Pleeggezinnen ontvangen een toeslag per kind.',
  }),
  makeChunk({
    id: 'lumpsum#risicos',
    title: 'Risico’s van een lumpsum',
    headingPath: ['Risico’s van een lumpsum', 'Wachtlijsten'],
    text: 'Bij een vast budget ontstaan wachtlijsten wanneer de aanbieder het budgetplafond bereikt. Cliënten wachten dan langer op jeugdhulp.',
  }),
  makeChunk({
    id: 'verblijf#afbouw',
    title: 'Afbouw van residentiële jeugdhulp',
    headingPath: ['Afbouw van residentiële jeugdhulp'],
    text: 'Gemeenten willen minder jeugdhulp met verblijf. Residentieel verblijf in een instelling wordt afgebouwd ten gunste van gezinshuizen.',
  }),
  makeChunk({
    id: 'wmo#basis',
    title: 'De Wmo 2015',
    headingPath: ['De Wmo 2015'],
    text: 'De Wet maatschappelijke ondersteuning regelt de ondersteuning van volwassenen door gemeenten, zoals huishoudelijke hulp.',
  }),
];

const ids = (hits: { id: string }[]): string[] => hits.map((hit) => hit.id);

describe('createLexicalRetriever', () => {
  const retriever = createLexicalRetriever({ chunks });

  it('indexes every chunk', () => {
    expect(retriever.size).toBe(chunks.length);
  });

  it('builds the same snapshot from the same chunks', () => {
    expect(createLexicalRetriever({ chunks }).toJSON()).toEqual(retriever.toJSON());
    expect(createLexicalRetriever({ chunks: [...chunks].reverse() }).toJSON().lexicon).toEqual(retriever.toJSON().lexicon);
  });

  it('finds a Dutch chunk for an English question through the thesaurus', () => {
    const hits = retriever.search({ query: 'task-based funding preconditions', limit: 5 });
    expect(hits[0]?.id).toBe('taakgericht#randvoorwaarden');
    expect(ids(hits)).not.toContain('pleegzorg#tarieven');
  });

  it('ranks the most relevant Dutch chunk first', () => {
    expect(ids(retriever.search({ query: 'wachtlijsten bij een lumpsum', limit: 3 }))[0]).toBe('lumpsum#risicos');
    expect(ids(retriever.search({ query: 'tarieven voor pleegzorg', limit: 3 }))[0]).toBe('pleegzorg#tarieven');
    expect(ids(retriever.search({ query: 'residential youth care', limit: 3 }))[0]).toBe('verblijf#afbouw');
    expect(ids(retriever.search({ query: 'What does the social support act regulate?', limit: 3 }))[0]).toBe('wmo#basis');
  });

  it('matches compound parts and diacritic-free spellings', () => {
    expect(ids(retriever.search({ query: 'plafond', limit: 3 }))[0]).toBe('lumpsum#risicos');
    expect(ids(retriever.search({ query: 'clienten', limit: 3 }))).toEqual(['lumpsum#risicos']);
  });

  it('searches the title and heading path', () => {
    expect(ids(retriever.search({ query: 'afbouw', limit: 3 }))).toEqual(['verblijf#afbouw']);
  });

  it('applies the filter to chunk ids', () => {
    const hits = retriever.search({ query: 'gemeenten jeugdhulp', limit: 5, filter: (id) => id.startsWith('wmo#') });
    expect(ids(hits)).toEqual(['wmo#basis']);
  });

  it('returns nothing for a query of stop words only', () => {
    expect(retriever.search({ query: 'de het een of the', limit: 5 })).toEqual([]);
  });

  it('exposes the weighted query terms it searches with', () => {
    const weights = new Map(retriever.queryTerms('lump sum').map((t) => [t.term, t.weight]));
    expect(weights.get('lump')).toBe(1);
    expect(weights.get('lumpsum')).toBe(0.5);
  });

  it('searches a split infinitive in the question as the whole verb, the bare verb weighing less', () => {
    const weights = new Map(retriever.queryTerms('Moet de gemeente jeugdhulp aan te besteden?').map((t) => [t.term, t.weight]));
    const [whole] = retriever.analyzer.analyze('aanbesteden');
    const [bare] = retriever.analyzer.analyze('besteden');
    expect(weights.get(whole!)).toBe(1);
    expect(weights.get(bare!)).toBeLessThan(1);
  });

  it('removes and re-adds chunks', () => {
    const own = createLexicalRetriever({ chunks });
    expect(own.remove('pleegzorg#tarieven')).toBe(true);
    expect(own.search({ query: 'pleegzorg', limit: 5 })).toEqual([]);
    own.add([chunks[1]!]);
    expect(ids(own.search({ query: 'pleegzorg', limit: 5 }))).toEqual(['pleegzorg#tarieven']);
  });
});

describe('restoreLexicalRetriever', () => {
  const retriever = createLexicalRetriever({ chunks });
  const queries = ['task-based funding preconditions', 'wachtlijsten lumpsum', 'jeugdhulp met verblijf', 'gemeente'];

  it('gives identical results after a JSON round trip', () => {
    const restored = restoreLexicalRetriever(JSON.parse(JSON.stringify(retriever.toJSON())));
    expect(restored.size).toBe(retriever.size);
    for (const query of queries) {
      expect(restored.search({ query, limit: 5 })).toEqual(retriever.search({ query, limit: 5 }));
    }
    expect(restored.toJSON()).toEqual(retriever.toJSON());
  });

  it('rejects an invalid snapshot', () => {
    expect(() => restoreLexicalRetriever({ version: 1 })).toThrow(LexicalSnapshotError);
  });

  it('rejects a snapshot of another analyser version', () => {
    const snapshot = { ...retriever.toJSON(), analyzer: 'something-else' };
    try {
      restoreLexicalRetriever(snapshot);
      expect.unreachable();
    } catch (error) {
      expect(LexicalSnapshotError.isInstance(error) && error.reason).toBe('analyzer-mismatch');
    }
  });
});
