import { describe, expect, it } from 'vitest';
import { CbsUnavailableError } from '../../../src/sources/cbs/cbs-unavailable-error.ts';
import { IndicatorNotFoundError } from '../../../src/sources/cbs/indicators/indicator-not-found-error.ts';
import { InvalidInputError } from '../../../src/lib/input/invalid-input-error.ts';
import { describeDataFailure } from '../../../src/answering/data/describe-data-failure.ts';
import { RegistrationQueryError } from '../../../src/sources/registrations/registration-query-error.ts';

describe('describeDataFailure', () => {
  it('CBS unreachable: the agreed Dutch text and an English one, no technical detail', () => {
    const error = new CbsUnavailableError({ reason: 'unreachable', table: '03759ned', detail: 'v4: HTTP 503; v3: HTTP 503' });
    expect(describeDataFailure({ error, language: 'nl' })?.message).toBe('CBS StatLine is nu niet bereikbaar en er is geen eerder opgehaalde stand van deze tabel; probeer het later opnieuw.');
    expect(describeDataFailure({ error, language: 'en' })?.message).toBe('CBS StatLine cannot be reached right now and there is no earlier copy of this table; please try again later.');
    expect(describeDataFailure({ error, language: 'nl' })?.output).toEqual({ error: 'CbsUnavailableError', reason: 'unreachable' });
  });

  it('an unknown indicator names what is available', () => {
    const error = new IndicatorNotFoundError({ reason: 'unknown-indicator', requested: 'wachtlijsten', suggestions: [], message: "Onbekende indicator 'wachtlijsten'. Beschikbaar: inwoners." });
    expect(describeDataFailure({ error, language: 'nl' })?.message).toContain('Beschikbaar: inwoners.');
    expect(describeDataFailure({ error, language: 'en' })?.message).toContain('(wachtlijsten)');
  });

  it('a registration that cannot answer: its own Dutch message, or an English one by reason', () => {
    const error = new RegistrationQueryError({ reason: 'unknown-gemeente', message: 'Gemeente GM0344 komt niet voor in de eigen registratie; wel aanwezig: GM0405.' });
    expect(describeDataFailure({ error, language: 'nl' })?.message).toBe('Gemeente GM0344 komt niet voor in de eigen registratie; wel aanwezig: GM0405.');
    expect(describeDataFailure({ error, language: 'en' })?.message).toBe('That municipality does not occur in the own registration.');
  });

  it('invalid calculator input lists every issue in the answer language', () => {
    const error = new InvalidInputError({ calculator: 'compareFinancingVariants', issues: [
      { path: 'years', message: 'Aantal jaren mag hoogstens 15 zijn / Number of years must be at most 15' },
      { path: '', message: 'Geef minstens één variant op / Provide at least one variant' },
    ] });
    expect(describeDataFailure({ error, language: 'nl' })?.message).toBe('Met deze gegevens kan ik de vraag niet beantwoorden:\n- Aantal jaren mag hoogstens 15 zijn\n- Geef minstens één variant op');
    expect(describeDataFailure({ error, language: 'en' })?.message).toBe('I cannot answer the question with these figures:\n- Number of years must be at most 15\n- Provide at least one variant');
  });

  it('anything else is not described (the caller rethrows it)', () => {
    expect(describeDataFailure({ error: new TypeError('x is undefined'), language: 'nl' })).toBeUndefined();
  });
});
