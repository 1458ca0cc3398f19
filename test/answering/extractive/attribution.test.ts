import { describe, expect, it } from 'vitest';
import { attributedPersonOf } from '../../../src/answering/extractive/attribution.ts';

describe('attributedPersonOf', () => {
  it('finds the person a question attributes its answer to, named with a role or a view', () => {
    expect(attributedPersonOf("According to professor Jolanda Mathijssen, why can't a municipality keep track of its providers?")).toBe('professor Jolanda Mathijssen');
    expect(attributedPersonOf('Waarom kan een gemeente volgens hoogleraar Jolanda Mathijssen het overzicht niet bewaren?')).toBe('hoogleraar Jolanda Mathijssen');
    expect(attributedPersonOf('Hoeveel moest Den Haag volgens wethouder Bredemeijer extra betalen?')).toBe('wethouder Bredemeijer');
    expect(attributedPersonOf("Why, in Roxana Asmus's view, are so many organisations busy?")).toBe('Roxana Asmus');
  });

  it('leaves laws, reports, organisations and places alone: the sentence naming them often answers', () => {
    expect(attributedPersonOf('Wat moet de gemeenteraad volgens de Jeugdwet in de verordening regelen?')).toBeUndefined();
    expect(attributedPersonOf('How large was the deficit in 2019 according to AEF?')).toBeUndefined();
    expect(attributedPersonOf('Wat is volgens de VNG het probleem?')).toBeUndefined();
    expect(attributedPersonOf('Hoe werkt de toegang in Den Haag?')).toBeUndefined();
  });
});
