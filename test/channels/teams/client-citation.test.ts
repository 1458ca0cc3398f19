import { describe, expect, it } from 'vitest';
import { CITATION_LIMITS, clientCitation } from '../../../src/channels/teams/client-citation.ts';
import { cutAtWord } from '../../../src/channels/teams/cut-at-word.ts';
import type { Citation } from '../../../src/assistant/answer.ts';

const LONG = 'Een lumpsum is een vast budget waarmee een aanbieder of consortium alle zorg voor een afgebakende doelgroep moet leveren, ongeacht het aantal cliënten dat zich meldt en ongeacht de zwaarte van hun zorgvraag in dat jaar.';

describe('cutAtWord', () => {
  it('leaves short text as it is, whitespace collapsed', () => {
    expect(cutAtWord('  Een   korte\ntekst ', 80)).toBe('Een korte tekst');
  });

  it('cuts long text at a word, with an ellipsis, within the limit', () => {
    const cut = cutAtWord(LONG, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut).toBe('Een lumpsum is een vast budget waarmee een aanbieder of…');
  });

  it('cuts a single overlong word inside the word', () => {
    expect(cutAtWord('x'.repeat(100), 28)).toBe(`${'x'.repeat(27)}…`);
  });
});

describe('clientCitation', () => {
  const document: Citation = {
    n: 2,
    docId: 'risicos-lumpsum',
    title: "Risico's van een lumpsum voor cliënten en hoe je ze beperkt: een overzicht voor gemeenten en regio's",
    source: 'knowledge/risicos-lumpsum-voor-clienten.md',
    url: 'https://example.org/lumpsum',
    snippet: LONG,
  };

  it('is the SDK shape within the Teams limits: name and abstract cut at a word, one keyword, no path', () => {
    const citation = clientCitation(document, 'nl');
    expect(citation).toMatchObject({ '@type': 'Claim', position: 2, appearance: { '@type': 'DigitalDocument', url: 'https://example.org/lumpsum', keywords: ['Kennisbank'], image: { '@type': 'ImageObject', name: 'Text' } } });
    expect(citation.appearance.name.length).toBeLessThanOrEqual(CITATION_LIMITS.name);
    expect(citation.appearance.name).toMatch(/ gemeenten…$|[a-z]…$/);
    expect(citation.appearance.abstract.length).toBeLessThanOrEqual(CITATION_LIMITS.abstract);
    expect(citation.appearance.abstract.endsWith('…')).toBe(true);
    expect(JSON.stringify(citation)).not.toContain('knowledge/');
  });

  it('names the kind of source for data citations, in the answer language, and a PDF icon for PDFs', () => {
    expect(clientCitation({ ...document, docId: 'cbs:85099NED', source: 'CBS StatLine 85099NED: Jeugdhulp', url: undefined }, 'en').appearance).toMatchObject({ keywords: ['CBS StatLine'] });
    expect(clientCitation({ ...document, source: 'rekentool:budget_runway' }, 'en').appearance.keywords).toEqual(['Calculator']);
    expect(clientCitation({ ...document, source: 'registratie' }, 'nl').appearance.keywords).toEqual(['Eigen registratie']);
    expect(clientCitation({ ...document, source: 'docs/rapport.pdf' }, 'nl').appearance.image?.name).toBe('PDF');
  });
});
