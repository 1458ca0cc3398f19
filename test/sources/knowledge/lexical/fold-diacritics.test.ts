import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../../../src/sources/knowledge/lexical/fold-diacritics.ts';

describe('foldDiacritics', () => {
  it('lowercases and strips diacritics', () => {
    expect(foldDiacritics('Cliënten')).toBe('clienten');
    expect(foldDiacritics('financiële')).toBe('financiele');
    expect(foldDiacritics('één café, ÉÉN Café')).toBe('een cafe, een cafe');
  });

  it('normalises typographic quotes', () => {
    expect(foldDiacritics('risico’s en ‘taakgericht’ en “lumpsum”')).toBe(`risico's en 'taakgericht' en "lumpsum"`);
  });

  it('keeps digits and punctuation, expands ligatures', () => {
    expect(foldDiacritics('€ 367.947 in 2015–2016')).toBe('€ 367.947 in 2015–2016');
    expect(foldDiacritics('ĳs')).toBe('ijs');
  });
});
