import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../../src/assistant/assistant.ts';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('a "should we …?" answer with few considerations in the sources', () => {
  // One sentence under a risks heading; the case that answers the question has no such heading.
  const risks = { ...testChunk('continuiteit', 'Versnippering over veel aanbieders kan volume bij specialistische aanbieders wegnemen.'), headingPath: ['continuiteit', "Risico's"] };
  const zeeland = testChunk('zeeland', 'De Zeeuwse gemeenten brachten het aantal aanbieders terug van ruim 200 naar ongeveer 100. Met minder aanbieders werd het contractbeheer eenvoudiger.');
  const answer = composerOver([risks, zeeland]).compose({ question: 'Moeten wij het aantal aanbieders verminderen?', language: 'nl', passages: [foundPassage(risks), foundPassage(zeeland)] });

  it('keeps the consideration under its heading', () => {
    expect(answer.answer).toMatch(/^\*\*Wat ertegen pleit \(risico’s\)\*\*\n\nVersnippering/);
  });

  it('adds the best other sentences after it, as plain text', () => {
    expect(answer.answer).toMatch(/\n\nDe Zeeuwse gemeenten brachten het aantal aanbieders terug van ruim 200 naar ongeveer 100\. \[2\]/);
  });
});

describe('a "should we …?" question that asks for one group of considerations', () => {
  const advice = { ...testChunk('advies', 'Bij een overstap naar een lumpsum moet de gemeente een langjarig contract met de aanbieder regelen.'), headingPath: ['advies', 'Randvoorwaarden'] };
  const risks = { ...testChunk('advies', 'Bij een overstap naar een lumpsum ontstaat een risico op wachtlijsten bij de aanbieder.', 1), headingPath: ['advies', "Risico's"] };
  const corpus = composerOver([advice, risks]);

  it('gives only that group ("Wat moeten we regelen …?" → the preconditions)', () => {
    const answer = corpus.compose({ question: 'Wat moeten we regelen bij een overstap naar een lumpsum?', language: 'nl', passages: [foundPassage(risks), foundPassage(advice)] });
    expect(answer.answer).toMatch(/^\*\*Randvoorwaarden\*\*\n\nBij een overstap naar een lumpsum moet de gemeente een langjarig contract/);
    expect(answer.answer).not.toContain('wachtlijsten');
  });

  it('weighs every group when it asks whether to switch at all', () => {
    const answer = corpus.compose({ question: 'Moeten wij overstappen op een lumpsum?', language: 'nl', passages: [foundPassage(risks), foundPassage(advice)] });
    expect(answer.answer).toContain('**Wat ertegen pleit (risico’s)**');
    expect(answer.answer).toContain('**Randvoorwaarden**');
  });
});

describe('the passages a "should we …?" question searches', () => {
  const composer = composerOver([testChunk('advies', 'Een overstap naar een lumpsum vraagt een langjarig contract.')]);

  it('are more than for a plain question: its considerations stand in several sections of an advice', () => {
    expect(composer.passagesWanted?.('Should we switch to task-based funding?', 'en')).toBeGreaterThan(8);
    expect(composer.passagesWanted?.('Wat is een lumpsum?', 'nl')).toBeUndefined();
  });
});

describe('the passages an English question searches', () => {
  const composer = composerOver([testChunk('advies', 'Een overstap naar een lumpsum vraagt een langjarig contract.')]);

  it('are more than for a Dutch one: it matches the Dutch text through translations only', () => {
    expect(composer.passagesWanted?.('What are the preconditions for task-based funding?', 'en')).toBeGreaterThan(8);
    expect(composer.passagesWanted?.('Wat is taakgerichte bekostiging?', 'nl')).toBeUndefined();
  });
});

describe('what a question for one group of considerations searches for', () => {
  const composer = composerOver([testChunk('advies', 'Een overstap naar een lumpsum vraagt een langjarig contract.')]);

  it('adds the words the documents head that group with, when the question says it otherwise', () => {
    expect(composer.searchQueryFor?.('What should a municipality arrange before switching to task-based funding?', 'en')).toMatch(/ randvoorwaarden$/);
    expect(composer.searchQueryFor?.('What are the drawbacks of a lump sum?', 'en')).toMatch(/ risico's nadelen$/);
  });

  it('searches for the question itself otherwise', () => {
    expect(composer.searchQueryFor?.('Wat is een lumpsum?', 'nl')).toBe('Wat is een lumpsum?');
  });
});

describe('the assistant searching for an asked group', () => {
  it('searches with the query the composer asks for', async () => {
    const queries: string[] = [];
    const chunk = testChunk('advies', 'Een overstap naar een lumpsum vraagt een langjarig contract.');
    const composer = composerOver([chunk]);
    const assistant = createAssistant({ composer, retriever: { retrieve: async ({ query }) => (queries.push(query), [foundPassage(chunk)]) } });
    await assistant.ask({ question: 'What should a municipality arrange before switching to a lump sum?' });
    expect(queries).toEqual(['What should a municipality arrange before switching to a lump sum? randvoorwaarden']);
  });
});

