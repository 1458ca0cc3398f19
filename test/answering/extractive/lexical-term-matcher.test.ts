import { describe, expect, it } from 'vitest';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';

function chunk(docId: string, ordinal: number, text: string, publisher?: string): Chunk {
  return { id: `${docId}#${ordinal}`, docId, source: `${docId}.md`, ordinal, headingPath: [`Sectie ${ordinal}`], text, metadata: { title: `Titel ${docId}`, ...(publisher ? { publisher } : {}), gemeenten: [], topics: [] } };
}

describe('createLexicalTermMatcher', () => {
  const chunks = [
    chunk('huis', 0, 'De maatwerkvoorziening wordt met een vast bedrag betaald.', 'Wmo-raad Lelystad'),
    chunk('huis', 1, 'De gemeente Dronten nam de werkwijze over.', 'Wmo-raad Lelystad'),
    chunk('ander', 0, 'Zeeland kocht jeugdhulp in bij minder aanbieders, zegt de wethouder.'),
  ];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it("gives a document's terms from all its passages and its publisher, and no other document's", () => {
    const huis = terms.documentTerms('huis');
    for (const word of ['Dronten', 'Lelystad', 'maatwerkvoorziening']) expect(huis.has(terms.sentenceTerms(word)[0]!), word).toBe(true);
    expect(huis.has(terms.sentenceTerms('Zeeland')[0]!)).toBe(false);
    expect(terms.documentTerms('onbekend').size).toBe(0);
  });

  it('finds a name that only the publisher carries as a phrase of the corpus, not as an indexed word', () => {
    expect(terms.mentionsPhrase('Lelystad')).toBe(true);
    expect(terms.knowsWord('Lelystad')).toBe(false);
    expect(terms.mentionsPhrase('Almere')).toBe(false);
  });

  it('mentions a phrase only as whole words: "Dron" is not in "Dronten", "eland" not in "Zeeland"', () => {
    expect(terms.mentionsPhrase('Wmo-raad')).toBe(true);
    expect(terms.mentionsPhrase('Dron')).toBe(false);
    expect(terms.mentionsPhrase('eland')).toBe(false);
  });

  it('searches an English word through its Dutch translation, but judges scope on the word itself', () => {
    const wethouder = terms.sentenceTerms('wethouder')[0]!;
    expect(terms.queryTerms('alderman').has(wethouder)).toBe(true);
    expect(terms.untranslatedQueryTerms('alderman').has(wethouder)).toBe(false);
    expect(terms.knowsWord('alderman')).toBe(false);
  });

  it('knows an acronym through its full name only when the corpus says that name as a phrase, not by its common words', () => {
    const withNames = [
      chunk('toegang', 0, 'Ouders kunnen terecht bij het Centrum voor Jeugd en Gezin of de huisarts.'),
      chunk('zorg', 0, 'De wet regelt langdurige zorg voor jeugd en gezin.'),
    ];
    const known = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks: withNames }), chunks: withNames });
    expect(known.knowsWord('CJG')).toBe(true);
    // "wet", "langdurige" and "zorg" stand in the corpus, "Wet langdurige zorg" does not.
    expect(known.knowsWord('Wlz')).toBe(false);
    expect(known.knowsWord('huisarts')).toBe(true);
  });
});
