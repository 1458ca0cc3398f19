import { describe, expect, it } from 'vitest';
import { asksForAmount, givesAmount } from '../../../src/answering/extractive/money.ts';

describe('asksForAmount / givesAmount', () => {
  it('knows a question for money, a deficit included, from one for another number', () => {
    expect(asksForAmount('Welk tekort op de jeugdzorg verwachtte Heerlen in 2017?')).toBe(true);
    expect(asksForAmount('Wat kost een uur huishoudelijke hulp in Amsterdam?')).toBe(true);
    expect(asksForAmount('What deficit did Venlo expect?')).toBe(true);
    expect(asksForAmount('Hoeveel inwoners telt de regio?')).toBe(false);
    expect(asksForAmount('Welk percentage van de jongeren krijgt jeugdhulp?')).toBe(false);
  });

  it('knows a question for a rate, a personal contribution or a salary as a question for money', () => {
    expect(asksForAmount('What is the hourly rate for youth care in Rotterdam?')).toBe(true);
    expect(asksForAmount('Hoe hoog is de eigen bijdrage voor de Wmo in 2025?')).toBe(true);
    expect(asksForAmount('Wat is het uurtarief voor begeleiding?')).toBe(true);
    expect(asksForAmount('Wat verdient een jeugdzorgwerker?')).toBe(true);
    expect(asksForAmount('What is the role of the rekenkamer?')).toBe(false);
    expect(asksForAmount('Wat is het doel van de eigen kracht-conferentie?')).toBe(false);
  });

  it('finds an amount of money, not a share or a count', () => {
    expect(givesAmount('Ook Heerlen (6 miljoen), Roermond (2,7 miljoen) verwachten bij te passen.')).toBe(true);
    expect(givesAmount('Het uurtarief is € 32,50.')).toBe(true);
    expect(givesAmount('Twee derde van alle Limburgse gemeenten verwacht in 2017 een tekort.')).toBe(false);
    expect(givesAmount('De regio heeft 641.124 inwoners.')).toBe(false);
  });
});
