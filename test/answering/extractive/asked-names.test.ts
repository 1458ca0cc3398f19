import { describe, expect, it } from 'vitest';
import { documentsNamingAskedNames } from '../../../src/answering/extractive/asked-names.ts';
import { createLexicalTermMatcher } from '../../../src/answering/extractive/lexical-term-matcher.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever } from '../../../src/sources/knowledge/lexical/lexical-retriever.ts';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

function chunk(docId: string, text: string): Chunk {
  return { id: `${docId}#0`, docId, source: `${docId}.md`, ordinal: 0, headingPath: [], text, metadata: { title: docId, gemeenten: [], topics: [] } };
}

describe('documentsNamingAskedNames', () => {
  const chunks = [chunk('h10', 'Het H10 Inkoopbureau koopt jeugdzorg in voor tien gemeenten.'), chunk('bergen', 'De aanbesteding van jeugdzorg is afgerond met een nieuw inkoopbureau.')];
  const terms = createLexicalTermMatcher({ lexical: createLexicalRetriever({ chunks }), chunks });

  it('tells the documents that name a name the question asks about', () => {
    const naming = documentsNamingAskedNames('What does the H10 purchasing office do?', terms)!;
    expect(naming('h10')).toBe(true);
    expect(naming('bergen')).toBe(false);
  });

  it('judges nothing for a question without a name the corpus knows, or with only English words in capitals', () => {
    expect(documentsNamingAskedNames('Wat doet een inkoopbureau?', terms)).toBeUndefined();
    expect(documentsNamingAskedNames('What does the Youth Authority do?', terms)).toBeUndefined();
  });
});

describe('an answer about a name the question asks about', () => {
  // The search ranks the document without the name first, on the shared words.
  const bergen = testChunk('bergen', 'De aanbesteding voor de inkoop van jeugdzorg is gedaan volgens de wet voor maatschappelijk verantwoord inkopen.');
  const h10 = testChunk('h10', 'Het H10 Inkoopbureau werkt voor tien gemeenten bij de inkoop van jeugdzorg.');

  it('comes from the document that names it', () => {
    const answer = composerOver([bergen, h10]).compose({ question: 'Wat doet het H10 Inkoopbureau bij de inkoop van jeugdzorg?', language: 'nl', passages: [foundPassage(bergen), foundPassage(h10)] });
    expect(answer.citations[0]?.docId).toBe('h10');
  });
});

describe('a "Welke gemeenten …?" question about a name', () => {
  const samen14 = testChunk('samen14', 'Samen14 is de samenwerking van de veertien Twentse gemeenten. De gemeenten Enschede, Hengelo en Almelo werken daarin samen.');
  const other = testChunk('jeugdzorg', 'Deze gemeenten werken samen in de inkoop van jeugdhulp: Den Haag, Zoetermeer, Hillegom, Leiden, Delft en Rijswijk.');

  it('lists the gemeenten of the document that names it, not those of another document', () => {
    const answer = composerOver([samen14, other]).compose({ question: 'Welke gemeenten werken samen in Samen14?', language: 'nl', passages: [foundPassage(other), foundPassage(samen14)] });
    expect(answer.answer).toContain('Enschede');
    expect(answer.answer).not.toContain('Hillegom');
  });
});
