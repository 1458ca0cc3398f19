import { describe, expect, it } from 'vitest';
import { bothLanguages, inLanguage, type Bilingual } from '../../src/lib/index.ts';

describe('Bilingual texts', () => {
  const days: Bilingual = { nl: 'dagen', en: 'days' };

  it('picks the text of the language', () => {
    expect(inLanguage(days, 'nl')).toBe('dagen');
    expect(inLanguage(days, 'en')).toBe('days');
    expect(inLanguage<string[]>({ nl: ['a'], en: ['b'] }, 'en')).toEqual(['b']);
  });

  it('joins both languages Dutch first, for messages read in both at once', () => {
    expect(bothLanguages(days)).toBe('dagen / days');
  });
});
