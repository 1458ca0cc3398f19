import { describe, expect, it } from 'vitest';
import { createCompoundSplitter } from '../../../../src/sources/knowledge/lexical/compound-splitter.ts';

describe('createCompoundSplitter', () => {
  const splitter = createCompoundSplitter({
    lexicon: ['jeugdhulp', 'aanbieders', 'uitvoering', 'inspanning', 'behandeling', 'over', 'voor', 'gemeenten'],
    excludedParts: new Set(['over', 'voor']),
  });

  it('splits into the smallest known parts', () => {
    expect(splitter.split('jeugdhulpaanbieder')).toEqual(['jeugd', 'hulp', 'aanbieder']);
  });

  it('strips the inflection of the last part', () => {
    expect(splitter.split('jeugdhulpaanbieders')).toEqual(['jeugd', 'hulp', 'aanbieder']);
    expect(splitter.split('wijkteams')).toEqual(['wijk', 'team']);
  });

  it('splits with built-in domain morphemes', () => {
    expect(splitter.split('budgetplafond')).toEqual(['budget', 'plafond']);
    expect(splitter.split('wijkteam')).toEqual(['wijk', 'team']);
    expect(splitter.split('pleegzorg')).toEqual(['pleeg', 'zorg']);
  });

  it('handles linking morphemes', () => {
    expect(splitter.split('gezinshuis')).toEqual(['gezin', 'huis']);
    expect(splitter.split('uitvoeringsvariant')).toEqual(['uitvoering', 'variant']);
    expect(splitter.split('inspanningsgerichte')).toEqual(['inspanning', 'gericht']);
  });

  it('leaves known single words, unknown words and short words alone', () => {
    expect(splitter.split('bekostiging')).toEqual([]);
    expect(splitter.split('aanbieder')).toEqual([]);
    expect(splitter.split('residentieel')).toEqual([]);
    expect(splitter.split('zorg')).toEqual([]);
    expect(splitter.split('xyzzyplugh')).toEqual([]);
  });

  it('never splits a built-in morpheme', () => {
    const withShortWords = createCompoundSplitter({ lexicon: ['best', 'uren'] });
    expect(withShortWords.split('bestuur')).toEqual([]);
    expect(withShortWords.split('bestuursstructuur')).toEqual([]);
  });

  it('never uses excluded words as parts', () => {
    expect(splitter.split('overbehandeling')).toEqual([]);
  });

  it('returns the same answer from its memo', () => {
    expect(splitter.split('jeugdhulpaanbieder')).toBe(splitter.split('jeugdhulpaanbieder'));
  });
});
