import { describe, expect, it } from 'vitest';
import { holdsFigure } from '../../../src/answering/extractive/figure-sentence.ts';

describe('holdsFigure', () => {
  it.each([
    'Ruim 15.000 kinderen en jongeren maken er gebruik van jeugdzorg.',
    'De kosten stegen met € 42,8 miljoen.',
    'Het aandeel steeg tot 12,5%.',
    'Vanaf 2020 kregen 100 aanbieders een contract.',
    'Het tekort was 1,6 tot 1,8 miljard euro.',
  ])('finds a figure in "%s"', (sentence) => {
    expect(holdsFigure(sentence)).toBe(true);
  });

  it.each([
    'De aanbieder meldt de start met een startbericht (JW305).',
    'Code A027918 staat voor jeugdhulp met verblijf.',
    'Na een aanvraag geldt artikel 2.3.5 van de Wmo 2015.',
    'Amsterdam kocht in 2021 taakgericht in.',
  ])('finds no figure (a code, an article or a year) in "%s"', (sentence) => {
    expect(holdsFigure(sentence)).toBe(false);
  });
});
