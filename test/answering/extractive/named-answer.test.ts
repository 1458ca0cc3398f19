import { describe, expect, it } from 'vitest';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import { askedNounTermsOf, asksForOneThing, namesAskedThing } from '../../../src/answering/extractive/named-answer.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';

function chunk(ordinal: number, text: string): Chunk {
  return { id: `twente#${ordinal}`, docId: 'twente', source: 'twente.md', ordinal, headingPath: [], text, metadata: { title: 'Rekenkameronderzoek', gemeenten: [], topics: [] } };
}

describe('askedNounTermsOf / namesAskedThing', () => {
  const chunks = [
    chunk(0, 'Het onderzoek is uitgevoerd door onderzoeksbureau B&A. Een tweede leverancier is in de arm genomen.'),
    chunk(1, 'Het gaat om hulpmiddelenleverancier Welzorg. De transformatie krijgt als titel: ‘Samen leren, samen doen’.'),
  ];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('finds the asked thing named right after its noun', () => {
    const asked = askedNounTermsOf('Welk onderzoeksbureau voerde het onderzoek uit?', terms);
    expect(namesAskedThing('Het onderzoek is uitgevoerd door onderzoeksbureau B&A.', asked, terms)).toBe(true);
  });

  it('finds it after a compound ending in the noun, and a title after a colon', () => {
    expect(namesAskedThing('Het gaat om hulpmiddelenleverancier Welzorg.', askedNounTermsOf('Welke leverancier werd ingeschakeld?', terms), terms)).toBe(true);
    expect(namesAskedThing('De transformatie krijgt als titel: ‘Samen leren, samen doen’.', askedNounTermsOf('Onder welke titel werkten de gemeenten?', terms), terms)).toBe(true);
  });

  it('reads the words before the asked noun, past a name that qualifies it, and stops at the next name', () => {
    expect(namesAskedThing('De uitvoering is belegd bij de gezamenlijke uitvoeringsorganisatie Meerinzicht.', askedNounTermsOf('Welke gezamenlijke uitvoeringsorganisatie voert de Wmo uit?', terms), terms)).toBe(true);
    expect(namesAskedThing('Het gaat om hulpmiddelenleverancier Welzorg.', askedNounTermsOf('Welke Zeeuwse leverancier werd ingeschakeld?', terms), terms)).toBe(true);
    // "Uit welke organisaties bestaan KOOS en Spoor030?": KOOS is asked about, not asked for.
    expect(namesAskedThing('Utrecht werkt met twee verbanden, KOOS Utrecht en Spoor030.', askedNounTermsOf('Uit welke organisaties bestaan KOOS en Spoor030?', terms), terms)).toBe(false);
  });

  it('finds a name that the capitalised noun opens itself', () => {
    const asked = askedNounTermsOf('Volgens welke wet is de aanbesteding gedaan?', terms);
    expect(namesAskedThing('De aanbesteding is gedaan volgens de Wet maatschappelijk verantwoord inkopen.', asked, terms)).toBe(true);
    // At the start of a sentence a capital says nothing.
    expect(namesAskedThing('Wet en regelgeving veranderen vaak.', asked, terms)).toBe(false);
  });

  it('does not take a sentence that only repeats the noun, or a question that asks no which-question', () => {
    const asked = askedNounTermsOf('Welke leverancier werd ingeschakeld?', terms);
    expect(namesAskedThing('Een tweede leverancier is in de arm genomen.', asked, terms)).toBe(false);
    expect(namesAskedThing('Het gaat om hulpmiddelenleverancier Welzorg.', askedNounTermsOf('Wie levert de hulpmiddelen?', terms), terms)).toBe(false);
  });

  it('tells a question for one thing from one for several', () => {
    expect(asksForOneThing('Welk bureau kreeg de opdracht?')).toBe(true);
    expect(asksForOneThing('Aan welke zorgaanbieder is JeugdzorgPlus gegund?')).toBe(true);
    expect(asksForOneThing('Which supplier was brought in?')).toBe(true);
    expect(asksForOneThing('Welke organisaties schreven in?')).toBe(false);
    expect(asksForOneThing('Which arrangements does the model regulate?')).toBe(false);
    expect(asksForOneThing('Hoeveel inwoners telt de regio?')).toBe(false);
  });
});
