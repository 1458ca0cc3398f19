import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBsn, isIban, maskPersonalData } from '../../../src/lib/masking/mask-personal-data.ts';

describe('maskPersonalData', () => {
  it('masks a BSN that passes the elfproef, and leaves other nine-digit numbers', () => {
    // 111222333: 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 − 3 = 66, divisible by 11.
    expect(isBsn('111222333')).toBe(true);
    expect(maskPersonalData('Cliënt 111222333 heeft een vraag')).toBe('Cliënt [BSN] heeft een vraag');
    expect(maskPersonalData('BSN 111.22.23.33')).toBe('BSN [BSN]');
    expect(maskPersonalData('Het budget is 123456789 euro')).toBe('Het budget is 123456789 euro');
  });

  it('masks e-mail addresses, Dutch phone numbers and IBANs', () => {
    expect(maskPersonalData('Mail jan.jansen@gemeente.nl of bel 06-12345678')).toBe('Mail [e-mail] of bel [telefoonnummer]');
    expect(maskPersonalData('Bel +31 20 123 4567 morgen')).toBe('Bel [telefoonnummer] morgen');
    expect(isIban('NL91ABNA0417164300')).toBe(true);
    expect(maskPersonalData('Rekening NL91 ABNA 0417 1643 00 graag')).toBe('Rekening [IBAN] graag');
  });

  it('keeps amounts, years and CBS figures', () => {
    const text = 'Utrecht had 367.947 inwoners op 1 januari 2023; het budget is € 12.500.000 en 13,3 %.';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (text) => typeof maskPersonalData(text) === 'string'));
  });
});
