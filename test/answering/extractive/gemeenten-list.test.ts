import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/assistant/assistant.ts';
import { pickGemeentenList } from '../../../src/answering/extractive/gemeenten-list.ts';
import type { ScoredSentence } from '../../../src/answering/extractive/scored-sentence.ts';
import { createCorpusStelselwijzer } from '../../support/knowledge-fixture.ts';

function doc(title: string, body: string): string {
  return `---\ntitle: "${title}"\ntype: casus\n---\n# ${title}\n\n${body}\n`;
}

const DOCS: Record<string, string> = {
  'consortium-algemeen.md': doc('Consortia in de jeugdhulp', 'Een consortium is een samenwerkingsverband van aanbieders die samen één opdracht aannemen. Een consortium vraagt heldere afspraken over de toegang.'),
  'casus-veendam.md': doc('Casus Veendam', 'In Veendam werken de aanbieders sinds 2019 in één consortium. De wachttijden verdwenen binnen tweeënhalf jaar.'),
  'casus-utrecht.md': doc('Casus Utrecht', 'In Utrecht werken de aanbieders als consortium onder de namen KOOS en Spoor030. De gemeente stuurt op maatschappelijke resultaten.'),
  'casus-alkmaar.md': doc('Inkoop regio Alkmaar', 'De gemeenten Alkmaar, Bergen, Castricum en Heiloo kopen de jeugdhulp samen in via een consortium. Het contract loopt acht jaar.'),
  'schuldhulp-tilburg.md': doc('Schuldhulp in Tilburg', 'Tilburg verhoogde in 2023 het budget voor schuldhulpverlening. De wachttijd voor schuldhulp daalde.'),
  // Documents on other subjects, so that "consortium" is a rare word, as in a real knowledge base.
  'wijkteams.md': doc('Wijkteams', 'Een wijkteam biedt lichte hulp dicht bij huis. Wijkteams werken samen met huisartsen en scholen.'),
  'lumpsum.md': doc('De lumpsum', 'Een lumpsum is een vast budget voor een taak. Een lumpsum maakt de uitgaven voorspelbaar.'),
  'woonplaatsbeginsel.md': doc('Woonplaatsbeginsel', 'Het woonplaatsbeginsel bepaalt welke gemeente de jeugdhulp betaalt. Gemeenten werken met het woonplaatsbeginsel sinds 2022.'),
  'wmo.md': doc('De Wmo 2015', 'De Wmo 2015 regelt de maatschappelijke ondersteuning. Een melding wordt binnen zes weken onderzocht.'),
};

describe('a "Welke gemeenten …?" answer gathered from several documents', () => {
  let assistant: Assistant;
  let cleanup: () => void;

  beforeAll(async () => {
    ({ assistant, cleanup } = await createCorpusStelselwijzer(DOCS));
  });
  afterAll(() => cleanup?.());

  it('names the gemeenten of every document that has one, each sentence cited, and none about something else', async () => {
    const answer = await assistant.ask({ question: 'Welke gemeenten werken met een consortium?' });
    expect(answer.abstained).toBe(false);
    for (const gemeente of ['Veendam', 'Utrecht', 'Alkmaar']) expect(answer.answer).toContain(gemeente);
    expect(answer.answer).not.toContain('Tilburg');
    expect(new Set(answer.citations.map((c) => c.source)).size).toBeGreaterThanOrEqual(3);
    for (const sentence of answer.answer.split(/(?<=\])\s+/)) expect(sentence).toMatch(/\[\d+\]$/);
  });

  it('asked about a region, quotes only documents about it', async () => {
    const answer = await assistant.ask({ question: 'Welke gemeenten in de regio Alkmaar kopen de jeugdhulp samen in?' });
    expect(answer.answer).toContain('Bergen, Castricum en Heiloo');
    expect(answer.answer).not.toMatch(/Veendam|Utrecht|Tilburg/);
  });
});

describe('a "Welke gemeenten …?" answer about a province', () => {
  let assistant: Assistant;
  let cleanup: () => void;

  beforeAll(async () => {
    ({ assistant, cleanup } = await createCorpusStelselwijzer({
      'casus-friesland.md': doc('Inkoop in Friesland', 'De Friese gemeenten Leeuwarden, Smallingerland en Heerenveen kopen de jeugdhulp samen in. Zij sluiten contracten voor zes jaar.'),
      'casus-kennemerland.md': doc('Inkoop in Kennemerland', 'De gemeenten Haarlem, Bloemendaal en Zandvoort kopen de jeugdhulp samen in. Zij kopen de jeugdhulp in voor acht jaar.'),
      'wmo.md': DOCS['wmo.md']!,
    }));
  });
  afterAll(() => cleanup?.());

  it('quotes only documents that name the province ("Friese" for Friesland), not gemeenten elsewhere doing the same', async () => {
    const answer = await assistant.ask({ question: 'Welke gemeenten in Friesland kopen de jeugdhulp samen in?' });
    expect(answer.answer).toContain('Leeuwarden, Smallingerland en Heerenveen');
    expect(answer.answer).not.toContain('Haarlem');
  });

  it('asked about no place, quotes both', async () => {
    const answer = await assistant.ask({ question: 'Welke gemeenten kopen de jeugdhulp samen in?' });
    for (const gemeente of ['Haarlem', 'Leeuwarden']) expect(answer.answer).toContain(gemeente);
  });
});

describe('pickGemeentenList', () => {
  const chunk = (docId: string) => ({ id: `${docId}#0`, docId, source: `${docId}.md`, ordinal: 0, headingPath: [], text: '', metadata: { title: docId, gemeenten: [], topics: [] } });
  const sentence = (docId: string, text: string, relevance: number): ScoredSentence => ({
    candidate: { text, terms: new Set(), ownTermCount: 1, covers: [0], position: 0, paragraph: 0, answerTypes: new Set(), refersBack: false, opensOnContext: false, enumerates: false },
    passage: { chunk: chunk(docId), score: 1 },
    passageRank: 0,
    score: relevance,
    relevance,
    hasAnswerType: false,
  } as unknown as ScoredSentence);
  const anywhere = () => true;

  it('after a lead naming many gemeenten, does not add a weak sentence naming one more', () => {
    const list = sentence('salland', 'De gemeenten Apeldoorn, Brummen, Epe, Hattem en Zutphen gaan hulpmiddelen opnieuw aanbesteden.', 15);
    const other = sentence('zoetermeer', 'De gemeente Zoetermeer stelt hoge eisen aan de levering van hulpmiddelen.', 7.5);
    expect(pickGemeentenList({ scored: [list, other], question: 'Welke gemeenten besteden samen hulpmiddelen aan?', maxSentences: 6, aboutAskedPlace: anywhere })).toEqual([list]);
  });

  it('gives nothing when the sentences name fewer than two gemeenten between them', () => {
    const one = sentence('veendam', 'Veendam werkt met één consortium.', 3);
    expect(pickGemeentenList({ scored: [one], question: 'Welke gemeenten werken met een consortium?', maxSentences: 6, aboutAskedPlace: anywhere })).toEqual([]);
  });
});
