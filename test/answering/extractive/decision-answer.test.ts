import { describe, expect, it } from 'vitest';
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
