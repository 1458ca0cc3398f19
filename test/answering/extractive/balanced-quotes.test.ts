import { describe, expect, it } from 'vitest';
import { withBalancedQuotes } from '../../../src/answering/extractive/balanced-quotes.ts';

describe('withBalancedQuotes', () => {
  it('closes a quotation a sentence opens but does not close', () => {
    expect(withBalancedQuotes('Hij licht toe: ,,Vanaf 1 januari 2023 bieden 188 zorgaanbieders jeugdhulp.')).toBe('Hij licht toe: ,,Vanaf 1 januari 2023 bieden 188 zorgaanbieders jeugdhulp.”');
    expect(withBalancedQuotes('“Omdat we op dat gebied meer keuzevrijheid willen.')).toBe('“Omdat we op dat gebied meer keuzevrijheid willen.”');
  });

  it('opens a quotation a sentence closes but does not open', () => {
    expect(withBalancedQuotes('We zijn blij dat zoveel aanbieders zich willen verbinden aan onze regio.”')).toBe('“We zijn blij dat zoveel aanbieders zich willen verbinden aan onze regio.”');
  });

  it('leaves balanced quotations, apostrophes and numbers alone', () => {
    for (const sentence of ['Het rapport “Stelsel in groei” verscheen in 2020.', "Zo'n 70% van de cliënten kreeg hulp.", 'De titel is "Taakgericht werken".', "De risico's van een lumpsum."]) {
      expect(withBalancedQuotes(sentence)).toBe(sentence);
    }
  });
});
