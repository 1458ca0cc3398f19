import { describe, expect, it } from 'vitest';
import { gemeentenMissingFromPassages, namesKnownOnlyByParts, questionWords, unknownNames, unknownWordShare, weightedCoverage } from '../../../src/answering/extractive/evidence.ts';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';

function chunk(ordinal: number, text: string): Chunk {
  return { id: `monitor#${ordinal}`, docId: 'monitor', source: 'monitor.md', ordinal, headingPath: [], text, metadata: { title: 'Monitor sociaal domein', gemeenten: [], topics: [] } };
}

describe('questionWords', () => {
  const chunks = [chunk(0, 'De monitor laat zien hoeveel ouderen ondersteuning krijgen en hoeveel ouders een eigen bijdrage betalen.'), chunk(1, 'In Rotterdam hebben 27.000 inwoners zulke hoge schulden dat zij die niet kunnen aflossen.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('leaves out the question words: they ask, they say nothing of the subject', () => {
    const words = questionWords({ question: 'Hoeveel erfbelasting betaal ik over een erfenis van mijn ouders?', terms });
    expect(words.map((w) => w.word)).not.toContain('Hoeveel');
    // erfbelasting and erfenis unknown, betaal and ouders known: half the question is about something else.
    expect(unknownWordShare(words, new Set())).toBe(0.5);
  });

  it('counts an English word the lexicon translates as known when a known name anchors the question and the passages hold the translation', () => {
    const passages = new Set(terms.sentenceTerms(chunks[1]!.text));
    const anchored = questionWords({ question: 'How many Rotterdam residents have debts they cannot repay?', terms });
    // residents, debts, repay: known by translation; Rotterdam: known itself.
    expect(unknownWordShare(anchored, passages)).toBe(0);
    // Without the passages holding the translations they stay unknown.
    expect(unknownWordShare(anchored, new Set(['rotterdam']))).toBe(0.75);
    // Without a name the corpus knows, one translation proves nothing: a question half of whose words the passages hold is judged on its own words.
    expect(unknownWordShare(questionWords({ question: 'How do residents pay inheritance tax?', terms }), passages)).toBe(1);
  });

  it('counts the words of an English question as known when the passages hold the translation of nearly every one of them', () => {
    const passages = new Set(terms.sentenceTerms(chunks[1]!.text));
    // residents, debts, repay: each translated, each translation in the passage.
    expect(unknownWordShare(questionWords({ question: 'How do residents with debts repay?', terms }), passages)).toBe(0);
  });
});

describe('weightedCoverage', () => {
  // A glossary lists the English word itself; the passage about it says it in Dutch.
  const chunks = [chunk(0, 'Begrippen: continuïteit (Engels: continuity), transformatie (Engels: transformation).'), chunk(1, 'De Jeugdautoriteit bewaakt de continuïteit van cruciale jeugdhulp.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('counts an English word the corpus knows as covered by passages that hold its translation', () => {
    const words = questionWords({ question: 'Who guards the continuity of youth care?', terms });
    const present = new Set(terms.sentenceTerms(chunks[1]!.text));
    expect(weightedCoverage({ words, present, terms })).toBe(1);
    expect(weightedCoverage({ words, present: new Set(['jeugdautoriteit']), terms })).toBe(0);
  });
});

describe('weightedCoverage of an English question known only through translations', () => {
  const chunks = [chunk(0, 'Inwoners kunnen voor één van de drie leveranciers van hulpmiddelen kiezen.'), chunk(1, 'De monitor laat zien hoeveel ouderen ondersteuning krijgen.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('weighs the translations, so that passages holding them cover the question', () => {
    const words = questionWords({ question: 'Which suppliers can residents choose for aids?', terms });
    expect(words.every((w) => w.knownTerms.length === 0)).toBe(true);
    expect(weightedCoverage({ words, present: new Set(terms.sentenceTerms(chunks[0]!.text)), terms })).toBeGreaterThan(0.9);
    expect(weightedCoverage({ words, present: new Set(terms.sentenceTerms(chunks[1]!.text)), terms })).toBe(0);
  });
});

describe('gemeentenMissingFromPassages', () => {
  const chunks = [chunk(0, 'De invoering van de Wmo in de gemeente Bellingwedde is goed verlopen, met dezelfde tekortkomingen als in Vlagtwedde.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });
  const present = new Set(terms.sentenceTerms(chunks[0]!.text));

  it('asks for a gemeente the passages do not name', () => {
    expect(gemeentenMissingFromPassages({ question: 'Hoe verliep de invoering van de Wmo in Groningen?', present, terms })).toEqual(['Groningen']);
  });

  it('reads a name shared with a province before "municipalities" or "gemeenten" as the province', () => {
    expect(gemeentenMissingFromPassages({ question: 'Which other Groningen municipality had the same shortcomings as Bellingwedde?', present, terms })).toEqual([]);
    expect(gemeentenMissingFromPassages({ question: 'Hoe verliep de Wmo bij de Utrecht gemeenten en Bellingwedde?', present, terms })).toEqual([]);
  });
});

describe('names with a possessive or plural \'s', () => {
  const chunks = [chunk(0, 'In de regio Noord-Holland Noord woont 38% van de inwoners in sterk stedelijk gebied.'), chunk(1, 'De PGB wordt aangevraagd bij de gemeente.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('judges the name without its \'s: "Noord-Holland Noord\'s" is the known region', () => {
    expect(namesKnownOnlyByParts({ question: "What share of Noord-Holland Noord's population lives in urban areas?", terms })).toEqual([]);
    expect(unknownNames({ question: "What share of Noord-Holland Noord's population lives in urban areas?", terms })).toEqual([]);
    expect(unknownNames({ question: "How are PGB's requested?", terms })).toEqual([]);
  });

  it('still finds an unknown name with an \'s', () => {
    expect(unknownNames({ question: "What share of Zaanstad's population lives in urban areas?", terms })).toEqual(['Zaanstad']);
  });
});

describe('a name only the publisher carries', () => {
  const chunks: Chunk[] = [{ ...chunk(0, 'De maatwerkvoorziening Schoon en leefbaar huis gaat uit van een ander systeem.'), metadata: { title: 'Schoon en leefbaar huis', publisher: 'Wmo-raad Lelystad', gemeenten: [], topics: [] } }];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it("is a known word of the question, with or without 's ('Lelystad's arrangement'), so that it anchors the English words", () => {
    for (const question of ["How does Lelystad's clean home arrangement work?", 'How does the Lelystad arrangement work?']) {
      const lelystad = questionWords({ question, terms }).find((w) => w.word.startsWith('Lelystad'));
      expect(lelystad?.knownTerms, question).toEqual(['lelystad']);
    }
  });
});

describe('English words capitalised in a title', () => {
  const chunks = [chunk(0, 'Het ministerie van VWS en de rechter spraken over de jeugdzorg in Utrecht.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('are words the lexicon translates ("Ministry", "Court"), not unknown names', () => {
    expect(unknownNames({ question: 'What did the Ministry and the Court say about youth care in Utrecht?', terms })).toEqual([]);
  });

  it('unlike a Dutch word of a name ("Nationale ombudsman") or a place the sources do not name', () => {
    expect(unknownNames({ question: 'What did the Nationale ombudsman say about youth care?', terms })).toEqual(['Nationale']);
    expect(unknownNames({ question: 'What did the Ministry say about youth care in Zwolle?', terms })).toEqual(['Zwolle']);
  });
});

describe('English names the lexicon translates as a phrase', () => {
  const chunks = [chunk(0, 'De GGD en de Nederlandse Zorgautoriteit volgen de jeugdgezondheidszorg in Utrecht. Health en service staan in de Engelse begrippenlijst.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('are known by their translation ("Municipal Health Service" → GGD, "Dutch Healthcare Authority" → Nederlandse Zorgautoriteit)', () => {
    for (const question of ['What did the Municipal Health Service say about youth care?', 'What did the Dutch Healthcare Authority say about youth care?']) {
      expect([...unknownNames({ question, terms }), ...namesKnownOnlyByParts({ question, terms })]).toEqual([]);
    }
  });

  it('unlike a run of capitals only one word of which the lexicon translates', () => {
    expect(namesKnownOnlyByParts({ question: 'What does the Health Service say about youth care?', terms })).toEqual(['Health Service']);
  });
});

describe('names side by side', () => {
  const chunks = [chunk(0, 'De tabellen zijn beschikbaar via de open-data-API van het CBS (OData). In de OData v3-interface haalt een verzoek hooguit 10.000 rijen op.'), chunk(1, 'Een kansrijke aanpak vraagt samenwerking. De start van ieder kind telt.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('takes names written as names ("CBS OData") as two known names, not one unknown', () => {
    expect(namesKnownOnlyByParts({ question: 'How many rows does a request to the CBS OData v3 interface return?', terms })).toEqual([]);
  });

  it('still takes capitalised words the corpus never has together as an unknown name ("Kansrijke Start")', () => {
    expect(namesKnownOnlyByParts({ question: 'Wat doet het programma Kansrijke Start voor ieder kind?', terms })).toEqual(['Kansrijke Start']);
  });
});
