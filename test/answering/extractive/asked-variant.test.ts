import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, titledChunk as titled } from '../../support/composer-fixture.ts';

describe('a question about one uitvoeringsvariant ("Wie draagt het volumerisico bij taakgerichte bekostiging?")', () => {
  const perHour = titled('inspanning', 'Inspanningsgerichte uitvoeringsvariant: betalen per uur', 'De gemeente draagt bij deze variant het volumerisico.');
  const compared = titled('vergelijking', 'De drie uitvoeringsvarianten vergeleken', 'Bij de inspanningsgerichte variant draagt de gemeente het risico van meer cliënten. Bij de taakgerichte variant verschuift dat risico grotendeels naar de aanbieder.');
  const corpus = composerOver([perHour, compared]);
  const ask = (question: string) => corpus.compose({ question, language: 'nl', passages: [foundPassage(perHour), foundPassage(compared)] }).answer;

  it('is not answered by what the sources say about another variant', () => {
    const answer = ask('Wie draagt het volumerisico bij taakgerichte bekostiging?');
    expect(answer).toMatch(/^Bij de taakgerichte variant verschuift dat risico grotendeels naar de aanbieder\. \[\d\]$/);
  });

  it('takes a sentence that says "deze variant" in the document on the asked variant', () => {
    const answer = ask('Wie draagt het volumerisico bij inspanningsgerichte bekostiging?');
    expect(answer).toContain('De gemeente draagt bij deze variant het volumerisico.');
    expect(answer).not.toContain('verschuift dat risico');
  });

  it('weighs every variant when the question compares them', () => {
    const answer = ask('Wie draagt het volumerisico bij inspanningsgerichte en bij taakgerichte bekostiging?');
    expect(answer).toContain('verschuift dat risico');
    expect(answer).toContain('De gemeente draagt bij deze variant');
  });
});
