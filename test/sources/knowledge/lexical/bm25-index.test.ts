import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../../src/sources/knowledge/lexical/bm25-index.ts';
import type { WeightedTerm } from '../../../../src/sources/knowledge/lexical/weighted-term.ts';

const terms = (...words: string[]) => words.map((term) => ({ term, weight: 1 }));
const body = (text: string) => ({ body: text.split(' ') });

function buildIndex(): Bm25Index {
  const index = new Bm25Index();
  index.add({ id: 'a', fields: body('lumpsum budget gemeente aanbieder lumpsum') });
  index.add({ id: 'b', fields: body('lumpsum gemeente wijkteam jeugd jeugd jeugd zorg zorg zorg zorg') });
  index.add({ id: 'c', fields: body('trajectprijs aanbieder gemeente') });
  index.add({ id: 'd', fields: body('pleegzorg gezin gemeente') });
  return index;
}

describe('Bm25Index', () => {
  it('ranks the document with more, rarer matches first and leaves non-matching ones out', () => {
    const hits = buildIndex().search({ terms: terms('lumpsum', 'budget'), limit: 10 });
    expect(hits.map((hit) => hit.id)).toEqual(['a', 'b']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('scores rare terms above common ones (idf)', () => {
    const hits = buildIndex().search({ terms: terms('gemeente', 'pleegzorg'), limit: 10 });
    expect(hits[0]!.id).toBe('d');
    expect(hits).toHaveLength(4);
  });

  it('prefers the shorter document for equal term frequency (length normalisation)', () => {
    const hits = buildIndex().search({ terms: terms('wijkteam', 'trajectprijs'), limit: 10 });
    expect(hits.map((hit) => hit.id)).toEqual(['c', 'b']);
  });

  it('applies query term weights', () => {
    const index = buildIndex();
    const heavyBudget = index.search({ terms: [{ term: 'budget', weight: 1 }, { term: 'pleegzorg', weight: 0.1 }], limit: 1 });
    const heavyPleegzorg = index.search({ terms: [{ term: 'budget', weight: 0.1 }, { term: 'pleegzorg', weight: 1 }], limit: 1 });
    expect(heavyBudget[0]!.id).toBe('a');
    expect(heavyPleegzorg[0]!.id).toBe('d');
  });

  it('scores a term group by its best match plus a tie-breaker share of the others', () => {
    const index = new Bm25Index();
    index.add({ id: 'many', fields: body('pleegzorg pleeggezin pleegouder') });
    index.add({ id: 'one', fields: body('pleegzorg gemeente budget') });
    const group = ['pleegzorg', 'pleeggezin', 'pleegouder'].map((term) => ({ term, weight: 0.5, group: 'foster' }));
    const score = (options: { terms: WeightedTerm[]; groupTieBreaker?: number }): number =>
      index.search({ ...options, limit: 5 }).find((hit) => hit.id === 'many')!.score;
    const single = score({ terms: [{ term: 'pleeggezin', weight: 0.5 }] });
    const summed = score({ terms: group.map(({ term, weight }) => ({ term, weight })) });
    expect(score({ terms: group, groupTieBreaker: 0 })).toBeCloseTo(single, 10);
    expect(score({ terms: group, groupTieBreaker: 1 })).toBeCloseTo(summed, 10);
    expect(score({ terms: group })).toBeLessThan(summed);
  });

  it('scores a term once, ungrouped, when it is also in a group', () => {
    const index = buildIndex();
    const plain = index.search({ terms: terms('lumpsum'), limit: 5 });
    const mixed = index.search({ terms: [...terms('lumpsum'), { term: 'lumpsum', weight: 0.5, group: 'g' }], limit: 5 });
    expect(mixed).toEqual(plain);
  });

  it('boosts the heading field', () => {
    const index = new Bm25Index({ fieldBoosts: { heading: 2, body: 1 } });
    index.add({ id: 'in-body', fields: { heading: ['inkoop'], body: ['risico', 'wachtlijst', 'zorg'] } });
    index.add({ id: 'in-heading', fields: { heading: ['risico'], body: ['inkoop', 'wachtlijst', 'zorg'] } });
    expect(index.search({ terms: terms('risico'), limit: 2 }).map((hit) => hit.id)).toEqual(['in-heading', 'in-body']);
  });

  it('rejects unknown fields', () => {
    expect(() => new Bm25Index().add({ id: 'x', fields: { summary: ['a'] } })).toThrow(/Unknown BM25 field "summary"/);
  });

  it('respects limit and filter', () => {
    const index = buildIndex();
    expect(index.search({ terms: terms('gemeente'), limit: 2 })).toHaveLength(2);
    const filtered = index.search({ terms: terms('gemeente', 'lumpsum'), limit: 10, filter: (id) => id !== 'a' && id !== 'c' });
    expect(filtered.map((hit) => hit.id)).toEqual(['b', 'd']);
  });

  it('breaks score ties by id', () => {
    const index = new Bm25Index();
    for (const id of ['z', 'm', 'a']) index.add({ id, fields: body('zorg') });
    expect(index.search({ terms: terms('zorg'), limit: 3 }).map((hit) => hit.id)).toEqual(['a', 'm', 'z']);
  });

  it('removes documents from results, size and vocabulary', () => {
    const index = buildIndex();
    expect(index.remove('d')).toBe(true);
    expect(index.remove('d')).toBe(false);
    expect(index.size).toBe(3);
    expect(index.search({ terms: terms('pleegzorg'), limit: 10 })).toEqual([]);
    expect(index.vocabulary()).not.toContain('pleegzorg');
    expect(index.search({ terms: terms('gemeente'), limit: 10 }).map((hit) => hit.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('replaces a document added again under the same id', () => {
    const index = buildIndex();
    index.add({ id: 'a', fields: body('pleegzorg') });
    expect(index.size).toBe(4);
    expect(index.search({ terms: terms('lumpsum'), limit: 10 }).map((hit) => hit.id)).toEqual(['b']);
  });

  it('scores the same after remove-and-rebuild as a fresh index', () => {
    const index = buildIndex();
    index.remove('d');
    const fresh = new Bm25Index();
    fresh.add({ id: 'a', fields: body('lumpsum budget gemeente aanbieder lumpsum') });
    fresh.add({ id: 'b', fields: body('lumpsum gemeente wijkteam jeugd jeugd jeugd zorg zorg zorg zorg') });
    fresh.add({ id: 'c', fields: body('trajectprijs aanbieder gemeente') });
    const query = { terms: terms('gemeente', 'lumpsum', 'aanbieder'), limit: 10 };
    expect(index.search(query)).toEqual(fresh.search(query));
  });

  it('round-trips through JSON with identical results, leaving removed documents out', () => {
    const index = buildIndex();
    index.remove('b');
    const snapshot = JSON.parse(JSON.stringify(index.toJSON()));
    const restored = Bm25Index.fromJSON(snapshot);
    expect(snapshot.ids).toEqual(['a', 'c', 'd']);
    expect(restored.size).toBe(3);
    for (const query of [terms('gemeente'), terms('lumpsum', 'aanbieder'), terms('pleegzorg', 'gezin', 'budget')]) {
      expect(restored.search({ terms: query, limit: 10 })).toEqual(index.search({ terms: query, limit: 10 }));
    }
    expect(restored.toJSON()).toEqual(snapshot);
  });

  it('returns nothing for an empty index or unknown terms', () => {
    expect(new Bm25Index().search({ terms: terms('zorg'), limit: 5 })).toEqual([]);
    expect(buildIndex().search({ terms: terms('onbekend'), limit: 5 })).toEqual([]);
  });
});
