import { describe, expect, it } from 'vitest';
import { stripMentions } from '../../../src/channels/teams/strip-mentions.ts';

describe('stripMentions', () => {
  it('removes <at> mention markup and tidies whitespace', () => {
    expect(stripMentions('<at>Stelselwijzer</at>  Wat is   een lumpsum?')).toBe('Wat is een lumpsum?');
  });
  it('removes mentions in the middle and with attributes', () => {
    expect(stripMentions('Vraag aan <at id="0">Stelselwijzer</at>: help')).toBe('Vraag aan : help');
  });
  it('returns an empty string for undefined or only a mention', () => {
    expect(stripMentions(undefined)).toBe('');
    expect(stripMentions('<at>Stelselwijzer</at>&nbsp;')).toBe('');
  });
});
