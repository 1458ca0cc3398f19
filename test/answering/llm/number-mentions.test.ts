import { describe, expect, it } from 'vitest';
import { findNumberMentions, jsonValuesOf, mentionMatches, sourceValuesOf, type NumberStyle } from '../../../src/answering/llm/number-mentions.ts';

const supports = (answerText: string, values: number[], style: NumberStyle = 'nl') => {
  const [mention] = findNumberMentions({ text: answerText, style });
  if (!mention) throw new Error(`no number in "${answerText}"`);
  return mentionMatches(mention, values);
};

describe('number mentions in Dutch and English formats', () => {
  it.each([
    ['367.947', 367_947],
    ['367,947', 367_947],
    ['1.234.567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['€ 12 mln', 12_000_000],
    ['€ 12,4 miljoen', 12_400_000],
    ['1,2 miljard', 1_200_000_000],
    ['13,3 %', 13.3],
    ['13,3%', 0.133],
    ['2023', 2023],
    ['-1.200.000', 1_200_000],
  ])('"%s" is supported by the source value %d', (text, value) => {
    expect(supports(text, [value])).toBe(true);
  });

  it('accepts a rounded figure within its displayed precision only', () => {
    expect(supports('€ 12,4 mln', [12_437_512.33])).toBe(true);
    expect(supports('€ 12,5 mln', [12_437_512.33])).toBe(false);
    expect(supports('13 %', [13.3])).toBe(true);
    expect(supports('13,0 %', [13.3])).toBe(false);
  });

  it('reads the thousands separator of the answer language only as thousands', () => {
    expect(supports('1.500', [1.5], 'nl')).toBe(false);
    expect(supports('1.500', [1500], 'nl')).toBe(true);
    expect(supports('1,500', [1.5], 'en')).toBe(false);
    expect(supports('1,500', [1500], 'en')).toBe(true);
    // The other language's style stays ambiguous: models mix formats.
    expect(supports('1,500', [1500], 'nl')).toBe(true);
    expect(supports('1,500', [1.5], 'nl')).toBe(true);
    expect(supports('367.947', [367_947], 'en')).toBe(true);
  });

  it('reads amounts written in words before a multiplier or percent', () => {
    expect(supports('ruim twee miljoen euro', [2_000_000])).toBe(true);
    expect(supports('ruim twee miljoen euro', [3_000_000])).toBe(false);
    expect(supports('vijftig procent', [50])).toBe(true);
    expect(supports('anderhalf miljard', [1_500_000_000])).toBe(true);
    expect(supports('three million', [3_000_000], 'en')).toBe(true);
    expect(findNumberMentions({ text: 'met twee aanbieders en een lumpsum', style: 'nl' })).toEqual([]);
    expect(sourceValuesOf('een budget van twee miljoen')).toContain(2_000_000);
  });

  it('does not confuse magnitudes', () => {
    expect(supports('€ 12 mln', [12_000])).toBe(false);
    expect(supports('12,4 mln', [12.4 * 1_000])).toBe(false);
    expect(supports('367.947', [36_794.7])).toBe(false);
    expect(supports('1.234', [4321])).toBe(false);
  });

  it('reads numbers glued to identifiers only where they stand alone', () => {
    expect(findNumberMentions({ text: 'tabel 85099NED, gemeente GM0344', style: 'nl' }).map((m) => m.text)).toEqual(['85099']);
    expect(findNumberMentions({ text: 'Dat is 12mln.', style: 'nl' }).map((m) => m.text)).toEqual(['12mln']);
  });

  it('collects the values of a JSON tool output, also from its strings', () => {
    const values = jsonValuesOf({ total: -1_500_000.5, years: [2022, 2023], source: { citation: 'CBS StatLine 85099NED, 2023' } });
    expect(values).toEqual(expect.arrayContaining([1_500_000.5, 2022, 2023, 85099]));
  });

  it('reads a source text both with and without its multiplier', () => {
    expect(sourceValuesOf('een lumpsum van € 12,4 miljoen')).toEqual(expect.arrayContaining([12.4, 12_400_000]));
  });
});
