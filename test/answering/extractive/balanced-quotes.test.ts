import { describe, expect, it } from 'vitest';
import { endsQuoteOpenedBefore, withBalancedQuotes } from '../../../src/answering/extractive/balanced-quotes.ts';

describe('withBalancedQuotes', () => {
  it('closes a quotation a sentence opens but does not close', () => {
    expect(withBalancedQuotes('Hij licht toe: ,,Vanaf 1 januari 2023 bieden 188 zorgaanbieders jeugdhulp.')).toBe('Hij licht toe: ,,Vanaf 1 januari 2023 bieden 188 zorgaanbieders jeugdhulp.”');
    expect(withBalancedQuotes('“Omdat we op dat gebied meer keuzevrijheid willen.')).toBe('“Omdat we op dat gebied meer keuzevrijheid willen.”');
  });

  it('opens a quotation a sentence closes but does not open', () => {
    expect(withBalancedQuotes('We zijn blij dat zoveel aanbieders zich willen verbinden aan onze regio.”')).toBe('“We zijn blij dat zoveel aanbieders zich willen verbinden aan onze regio.”');
  });

  it('balances single quotation marks at the start or the end, not an apostrophe', () => {
    expect(withBalancedQuotes('‘Wij maken de Amersfoortse monitor sociaal domein.')).toBe('‘Wij maken de Amersfoortse monitor sociaal domein.’');
    expect(withBalancedQuotes('De data zijn gewoon beschikbaar, het is zonde om daar geen gebruik van te maken.’')).toBe('‘De data zijn gewoon beschikbaar, het is zonde om daar geen gebruik van te maken.’');
    for (const sentence of ['‘Zo’n aanpak werkt’, zegt de wethouder.', 'De regio’s werken samen.', 'Het rapport ‘Toegang tot voorzieningen in de Wmo’ verscheen.']) expect(withBalancedQuotes(sentence)).toBe(sentence);
  });

  it('leaves balanced quotations, apostrophes and numbers alone', () => {
    for (const sentence of ['Het rapport “Stelsel in groei” verscheen in 2020.', "Zo'n 70% van de cliënten kreeg hulp.", 'De titel is "Taakgericht werken".', 'Voor vrijheidsbeperking geldt het "nee, tenzij"-principe.', "De risico's van een lumpsum.", ',,Als je zorg nodig hebt, is dat heel erg’’, zegt ze.']) {
      expect(withBalancedQuotes(sentence)).toBe(sentence);
    }
  });
});

describe('endsQuoteOpenedBefore', () => {
  it('knows the tail of a quotation whose start stands in an earlier sentence', () => {
    expect(endsQuoteOpenedBefore('De data zijn gewoon beschikbaar, het is zonde om daar geen gebruik van te maken.’')).toBe(true);
    expect(endsQuoteOpenedBefore('We zijn blij dat zoveel aanbieders zich verbinden aan onze regio.”')).toBe(true);
    expect(endsQuoteOpenedBefore('“Omdat we op dat gebied meer keuzevrijheid willen.”')).toBe(false);
    expect(endsQuoteOpenedBefore('Hij zegt: ‘Dit werkt.’')).toBe(false);
    expect(endsQuoteOpenedBefore('De regio’s werken samen.')).toBe(false);
  });
});
