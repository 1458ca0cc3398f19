import { describe, expect, it } from 'vitest';
import { askedDoerVerbTerms, doesAskedVerb } from '../../../src/answering/extractive/asked-doer.ts';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('a who-question with a full verb ("Wie kiest bij open house de aanbieder?")', () => {
  const openHouse = testChunk(
    'open-house',
    'Oud-minister Hugo de Jonge uitte bedenkingen over open house bij de aanbieder. De gemeente stelt bij open house alleen minimumeisen aan een aanbieder. De inwoner kiest vervolgens zelf uit de toegelaten aanbieders bij open house.',
  );
  const corpus = composerOver([openHouse]);
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks: [openHouse] }), chunks: [openHouse] });

  it('is answered by the sentence in which someone does it, a role as much as a name', () => {
    const answer = corpus.compose({ question: 'Wie kiest bij open house de aanbieder?', language: 'nl', passages: [foundPassage(openHouse)] });
    expect(answer.answer).toMatch(/^De inwoner kiest vervolgens zelf/);
  });

  it('finds the verb in another form of it, not as the opening word, and not for "Wie is …?"', () => {
    const verb = askedDoerVerbTerms('Wie kiest bij open house de aanbieder?', terms)!;
    expect(doesAskedVerb('De inwoner kiest zelf.', verb, terms)).toBe(true);
    expect(doesAskedVerb('Inwoners kiezen zelf.', verb, terms)).toBe(true);
    expect(doesAskedVerb('De gemeente stelt minimumeisen.', verb, terms)).toBe(false);
    expect(doesAskedVerb('Kies een aanbieder.', verb, terms)).toBe(false);
    expect(askedDoerVerbTerms('Wie is de wethouder jeugd?', terms)).toBeUndefined();
    expect(askedDoerVerbTerms('Welke aanbieder kiest de inwoner?', terms)).toBeUndefined();
  });
});

describe('a question for who is responsible ("Who is responsible for social support under the Wmo?")', () => {
  const wmo = testChunk('wmo', 'De Wet maatschappelijke ondersteuning 2015 regelt dat gemeenten verantwoordelijk zijn voor ondersteuning van inwoners.');
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks: [wmo] }), chunks: [wmo] });

  it('asks for whoever the sentence says is responsible, in Dutch and in English', () => {
    for (const question of ['Wie is verantwoordelijk voor de Wmo?', 'Who is responsible for social support under the Wmo?']) {
      const duty = askedDoerVerbTerms(question, terms);
      expect(duty, question).toBeDefined();
      expect(doesAskedVerb('De Wet maatschappelijke ondersteuning 2015 regelt dat gemeenten verantwoordelijk zijn voor ondersteuning.', duty!, terms), question).toBe(true);
      expect(doesAskedVerb('Het iWmo-berichtenverkeer ondersteunt de varianten.', duty!, terms), question).toBe(false);
    }
  });
});
