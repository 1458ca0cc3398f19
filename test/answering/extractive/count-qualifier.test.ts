import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, titledChunk as titled } from '../../support/composer-fixture.ts';

const CAVEAT = /^Dit aantal staat niet als zodanig in de bronnen; wat ze wel noemen, telt mogelijk iets anders:\n\n/;

describe('a question for a count that the question qualifies ("Hoeveel jongeren zitten in Zeeland op een wachtlijst?")', () => {
  const zeeland = titled('zeeland', 'Casus Zeeland: minder aanbieders', 'Jaarlijks maken in Zeeland ongeveer 10.000 kinderen en jongeren gebruik van jeugdhulp. De Zeeuwse gemeenten kochten de jeugdhulp samen in.');
  const waiting = titled('wachtlijsten', 'Wachtlijsten in de jeugdhulp', 'Een wachtlijst ontstaat als de vraag groter is dan het aanbod. Gemeenten laten wachttijden maandelijks rapporteren.');
  const corpus = composerOver([zeeland, waiting]);
  const ask = (question: string, language: 'nl' | 'en' = 'nl') => corpus.compose({ question, language, passages: [foundPassage(zeeland), foundPassage(waiting)] });

  it('says that the number it quotes may count something else, when its passage never mentions what qualifies the count', () => {
    const answer = ask('Hoeveel jongeren zitten in Zeeland op een wachtlijst?');
    expect(answer.answer).toMatch(CAVEAT);
    expect(answer.answer).toContain('10.000 kinderen en jongeren');
  });

  it('says so in English before the note that the sources are quoted in Dutch', () => {
    const answer = ask('How many young people in Zeeland are on a waiting list?', 'en');
    expect(answer.answer).toMatch(/^My sources do not give this number as such; what they do give may count something else:\n\nFrom the sources/);
  });

  it('quotes the number plainly when its passage mentions what qualifies it', () => {
    const answer = ask('Hoeveel jongeren in Zeeland maken gebruik van jeugdhulp?');
    expect(answer.answer).toMatch(/^Jaarlijks maken in Zeeland ongeveer 10\.000 kinderen en jongeren gebruik van jeugdhulp\./);
  });

  it('counts the words of what is counted and the verb that frames the count as no qualification', () => {
    expect(ask('Hoeveel kinderen en jongeren zijn er in Zeeland?').answer).not.toMatch(CAVEAT);
  });
});
