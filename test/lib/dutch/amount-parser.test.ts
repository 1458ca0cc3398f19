import { describe, expect, it } from 'vitest';
import { parseAmounts, parseDutchNumber, parseLocalizedNumber } from '../../../src/lib/dutch/amount-parser.ts';
import { detectLanguage } from '../../../src/lib/dutch/detect-language.ts';

describe('parseDutchNumber', () => {
  it.each([
    ['12,5', 12.5], ['12.5', 12.5], ['1.200', 1200], ['12.500.000', 12_500_000], ['1.200,50', 1200.5],
    ['0,125', 0.125], ['-3,5', -3.5], ['2023', 2023], ['12\u00A0500\u00A0000', 12_500_000], ['1,200', 1.2],
  ])('%s → %d', (text, expected) => {
    expect(parseDutchNumber({ text })).toBe(expected);
  });

  it.each(['', 'abc', '1.2.3', '12,5,6', '1.20,5', '€ 12', '1..2'])('rejects %j', (text) => {
    expect(parseDutchNumber({ text })).toBeNull();
  });
});

describe('parseLocalizedNumber', () => {
  it('reads the ambiguous thousands group by language', () => {
    expect(parseLocalizedNumber({ text: '1,200', language: 'en' })).toBe(1200);
    expect(parseLocalizedNumber({ text: '1.200', language: 'en' })).toBe(1.2);
    expect(parseLocalizedNumber({ text: '1,200,000.75', language: 'en' })).toBe(1_200_000.75);
    expect(parseLocalizedNumber({ text: '12,5', language: 'en' })).toBe(12.5);
  });
});

describe('detectLanguage', () => {
  it('tells Dutch from English and prefers Dutch on a tie', () => {
    expect(detectLanguage({ text: 'Hoeveel jeugdigen hadden we dit jaar?' })).toBe('nl');
    expect(detectLanguage({ text: 'How many young people had youth care in 2023?' })).toBe('en');
    expect(detectLanguage({ text: '1,200' })).toBe('nl');
    // "for" is English, "jeugdhulp" Dutch: a tie, so Dutch (the parser's own detector, gone, said en).
    expect(detectLanguage({ text: 'Costs in 2023 for jeugdhulp?' })).toBe('nl');
  });
});

describe('parseAmounts', () => {
  const first = (text: string, language?: 'nl' | 'en') => parseAmounts({ text, ...(language ? { language } : {}) })[0];

  it.each([
    ['€ 12,5 mln', 12_500_000],
    ['12,5 miljoen', 12_500_000],
    ['€12.500.000', 12_500_000],
    ['12.5 million', 12_500_000],
    ['1,2 mld', 1_200_000_000],
    ['11,5 miljoen euro', 11_500_000],
    ['€ 850k', 850_000],
    ['EUR 3.000,-', 3000],
    ['€12M', 12_000_000],
    ['2,3 miljard', 2_300_000_000],
    ['500 euro', 500],
  ])('money: %s', (text, value) => {
    expect(first(text)).toEqual({ value, kind: 'money', raw: text, index: 0 });
  });

  it('finds counts with their unit', () => {
    expect(first('1.200 jeugdigen')).toEqual({ value: 1200, kind: 'count', raw: '1.200 jeugdigen', index: 0, unit: 'jeugdigen' });
    expect(first('1,200 young people', 'en')).toMatchObject({ value: 1200, unit: 'young people' });
    expect(first('1,2 miljoen inwoners')).toMatchObject({ value: 1_200_000, kind: 'count' });
  });

  it('finds percentages in three spellings, negative ones too', () => {
    expect(parseAmounts({ text: '3 %, 3 procent en 3 percent' }).map((amount) => [amount.value, amount.kind, amount.raw]))
      .toEqual([[3, 'percentage', '3 %'], [3, 'percentage', '3 procent'], [3, 'percentage', '3 percent']]);
    expect(first('groei van -2,5%')).toMatchObject({ value: -2.5, kind: 'percentage', raw: '-2,5%' });
    expect(first('plus 2 procentpunt')).toMatchObject({ value: 2, unit: 'procentpunt' });
  });

  it('returns amounts in order of appearance with their index', () => {
    const text = 'Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven.';
    expect(parseAmounts({ text })).toEqual([
      { value: 12_000_000, kind: 'money', raw: '12 miljoen', index: 19 },
      { value: 10_200_000, kind: 'money', raw: '10,2 miljoen', index: 57 },
    ]);
    expect(text.slice(57, 57 + '10,2 miljoen'.length)).toBe('10,2 miljoen');
  });

  it('uses the language of the text for "1,200" and "1.200"', () => {
    // "We had … last year" is a tie for the one detectLanguage (the assistant's), so Dutch; the
    // parser's own detector, gone, also counted "last" and "year".
    expect(first('We had 1,200 clients last year')?.value).toBe(1.2);
    expect(first('The municipality had 1,200 clients last year')?.value).toBe(1200);
    expect(first('We hadden 1,200 cliënten')?.value).toBe(1.2);
    expect(first('Er waren 1.200 cliënten')?.value).toBe(1200);
    expect(first('1.200 clients', 'en')?.value).toBe(1.2);
  });

  it('ignores plain numbers, years, ranges and metres', () => {
    expect(parseAmounts({ text: 'In 2023 en 2019-2022 waren er 12 m hoge muren en 42 dingen' })).toEqual([]);
    expect(parseAmounts({ text: '10-12 miljoen' })).toEqual([{ value: 12_000_000, kind: 'money', raw: '12 miljoen', index: 3 }]);
  });

  it('leaves a full stop after a scale word out of the raw text', () => {
    expect(first('Het budget is 12 miljoen.')?.raw).toBe('12 miljoen');
    expect(first('€ 2 mln. extra')).toMatchObject({ raw: '€ 2 mln.', value: 2_000_000 });
  });

  it('skips amounts in other currencies', () => {
    const text = 'we spent $5 million and £ 3 million, then € 2 million';
    expect(parseAmounts({ text })).toEqual([{ value: 2_000_000, kind: 'money', raw: '€ 2 million', index: text.indexOf('€') }]);
  });

  it('does not start inside a word or number', () => {
    expect(parseAmounts({ text: 'A3 procent' })).toEqual([]);
    expect(parseAmounts({ text: 'v1.2.3 procent' })).toEqual([]);
  });
});
