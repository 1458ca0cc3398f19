import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWords } from '../../../../src/sources/knowledge/lexical/tokenize.ts';

describe('tokenize', () => {
  it('splits on whitespace and punctuation', () => {
    expect(tokenize('gemeente, aanbieder; (jeugdhulp) en zorg.')).toEqual(['gemeente', 'aanbieder', 'jeugdhulp', 'en', 'zorg']);
  });

  it('keeps every price-times-quantity notation as the token pxq', () => {
    expect(tokenize('P×Q of PxQ of p*q of P × Q')).toEqual(['pxq', 'of', 'pxq', 'of', 'pxq', 'of', 'pxq']);
  });

  it('does not take pxq out of a longer word', () => {
    expect(tokenize('pxqs apxq')).toEqual(['pxqs', 'apxq']);
  });

  it('keeps Dutch numbers whole and does not swallow sentence-final dots', () => {
    expect(tokenize('€367.947 en 12,5 procent in 2015.')).toEqual(['367.947', 'en', '12,5', 'procent', 'in', '2015']);
    expect(tokenize('2018–2020')).toEqual(['2018', '2020']);
  });

  it('splits hyphenated compounds and keeps the joined form', () => {
    expect(tokenize('jeugd-ggz')).toEqual(['jeugd', 'ggz', 'jeugdggz']);
    expect(tokenizeWords('open-house-contractering')).toEqual([
      { parts: ['open', 'house', 'contractering'], joined: 'openhousecontractering' },
    ]);
  });

  it('gives long hyphen chains no joined form', () => {
    expect(tokenizeWords('12236482-ijw-release-2-0')).toEqual([{ parts: ['12236482'] }, { parts: ['ijw', 'release', '2', '0'] }]);
  });

  it("drops the plural 's and other apostrophes", () => {
    expect(tokenize("risico's, SPIC's en auto’s")).toEqual(['risico', 'SPIC', 'en', 'auto']);
  });

  it('keeps letters with digits together', () => {
    expect(tokenize('JW301 en iJw 2.2')).toEqual(['JW301', 'en', 'iJw', '2.2']);
  });
});
