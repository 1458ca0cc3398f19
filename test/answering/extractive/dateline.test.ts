import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../../../src/answering/extractive/dateline.ts';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('withoutDateline', () => {
  it('drops a place (and agency) in capitals and its dash before the sentence', () => {
    expect(withoutDateline('BALK - Zestien Friese rekenkamers gaan onderzoek doen.')).toBe('Zestien Friese rekenkamers gaan onderzoek doen.');
    expect(withoutDateline('REGIO – In 2019 zijn de uitgaven gestegen.')).toBe('In 2019 zijn de uitgaven gestegen.');
    expect(withoutDateline('UTRECHT (ANP) - Pleeggezinnen krijgen geen goede ondersteuning.')).toBe('Pleeggezinnen krijgen geen goede ondersteuning.');
    expect(withoutDateline('DEN HAAG (ANP) - In de eerste helft van dit jaar …')).toBe('In de eerste helft van dit jaar …');
    expect(withoutDateline('NOORD-HOLLAND - HILVERSUM Na de mislukte inkoop besluiten zij …')).toBe('Na de mislukte inkoop besluiten zij …');
  });

  it('keeps names the sentence needs: a long run of capitals, a name in mixed case, capitals without a dash', () => {
    for (const sentence of ['PUBLIC PROCUREMENT RESEARCH CENTRE – Een onderzoekscentrum van de universiteit.', 'Den Haag - De gemeente besluit.', 'GGD GHOR Nederland heeft een advies gegeven.', 'JW301 - Een code voor verblijf.']) {
      expect(withoutDateline(sentence)).toBe(sentence);
    }
  });
});

describe('an article opening with its dateline', () => {
  it('is quoted from its first word, not from the dateline', () => {
    const chunk = testChunk('balk', 'BALK - Zestien Friese rekenkamers gaan gezamenlijk onderzoek doen naar de uitvoering van de Wmo.\n\nHet onderzoek wordt uitgevoerd door bureau Lysias.');
    const answer = composerOver([chunk]).compose({ question: 'Hoeveel Friese rekenkamers doen onderzoek naar de Wmo?', language: 'nl', passages: [foundPassage(chunk)] });
    expect(answer.answer).toContain('Zestien Friese rekenkamers gaan gezamenlijk onderzoek doen');
    expect(answer.answer).not.toContain('BALK');
  });
});
