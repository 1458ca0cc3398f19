import { describe, expect, it } from 'vitest';
import { createTextAnalyzer } from '../../../../src/sources/knowledge/lexical/text-analyzer.ts';

describe('createTextAnalyzer', () => {
  const analyzer = createTextAnalyzer({ compoundLexicon: ['jeugdhulp', 'aanbieders'] });

  it('drops Dutch and English stop words but keeps domain words', () => {
    expect(analyzer.analyze('de zorg van het kind en de wet')).toEqual(['zorg', 'kind', 'wet']);
    expect(analyzer.analyze('what are the risks of the youth act')).toEqual(['risk', 'youth', 'act']);
  });

  it('stems inflections to one term', () => {
    const [plural, singular] = [analyzer.analyze('gemeenten'), analyzer.analyze('gemeente')];
    expect(plural).toEqual(singular);
    expect(analyzer.analyze('bekostigen')).toEqual(analyzer.analyze('bekostiging'));
    expect(analyzer.analyze('gezinnen')).toEqual(analyzer.analyze('gezin'));
    expect(analyzer.analyze('jaren')).toEqual(analyzer.analyze('jaar'));
  });

  it('lets residentiële and residentieel meet through folding and stemming', () => {
    expect(analyzer.analyze('residentiële')).toEqual(analyzer.analyze('residentieel'));
    expect(analyzer.analyze('financiële')).toEqual(analyzer.analyze('financieel'));
  });

  it('reads a split infinitive in a question as the whole verb, and leaves texts as written', () => {
    const [joined] = analyzer.analyzeQueryTokens('aan te besteden');
    expect(joined).toEqual({ term: analyzer.analyze('aanbesteden')[0], extras: expect.arrayContaining(analyzer.analyze('besteden')) });
    expect(analyzer.analyzeTokens('aan te besteden').map((token) => token.term)).toEqual(analyzer.analyze('besteden'));
    expect(analyzer.analyzeQueryTokens('wat kost jeugdhulp').map((token) => token.term)).toEqual(analyzer.analyzeTokens('wat kost jeugdhulp').map((token) => token.term));
  });

  it('adds stemmed compound parts after the whole word', () => {
    expect(analyzer.analyze('jeugdhulpaanbieders')).toEqual(['jeugdhulpaanbieder', 'jeugd', 'hulp', 'aanbieder']);
  });

  it('gives a plural with z or v the stem of its singular with s or f (prijzen/prijs, brieven/brief)', () => {
    for (const [plural, singular] of [['kostprijzen', 'kostprijs'], ['huizen', 'huis'], ['brieven', 'brief'], ['reizen', 'reis']]) {
      expect(analyzer.analyze(plural!), plural).toEqual(analyzer.analyze(singular!));
    }
    // Short stems and acronyms keep their z: "lezen" is not "les", "ggz" stays "ggz".
    expect(analyzer.analyze('lezen')).not.toEqual(analyzer.analyze('les'));
    expect(analyzer.analyze('ggz')).toEqual(['ggz']);
  });

  it('adds the joined form of a hyphenated word', () => {
    expect(analyzer.analyze('jeugd-ggz')).toEqual(['jeugd', 'ggz', 'jeugdggz']);
  });

  it('gives tokens in text order for phrase matching', () => {
    expect(analyzer.analyzeTokens('taakgerichte bekostiging').map((token) => token.term)).toEqual(['taakgericht', 'bekost']);
  });

  it('is deterministic across instances', () => {
    const text = 'Randvoorwaarden voor P×Q bij jeugdhulpaanbieders in 2015: € 367.947.';
    expect(createTextAnalyzer({ compoundLexicon: ['jeugdhulp', 'aanbieders'] }).analyze(text)).toEqual(analyzer.analyze(text));
  });
});
