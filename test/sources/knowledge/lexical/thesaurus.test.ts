import { describe, expect, it } from 'vitest';
import { createTextAnalyzer } from '../../../../src/sources/knowledge/lexical/text-analyzer.ts';
import { createThesaurus, DEFAULT_SYNONYM_GROUPS, DEFAULT_TRANSLATIONS } from '../../../../src/sources/knowledge/lexical/thesaurus.ts';
import type { WeightedTerm } from '../../../../src/sources/knowledge/lexical/weighted-term.ts';

const analyzer = createTextAnalyzer();
const expand = (query: string, thesaurus = createThesaurus({ analyzer })): Map<string, number> =>
  new Map(thesaurus.expandQuery(analyzer.analyzeTokens(query).map((token) => token.term)).map((t: WeightedTerm) => [t.term, t.weight]));
const stemOf = (word: string): string => analyzer.analyze(word)[0]!;

describe('createThesaurus', () => {
  it('ships at least 40 synonym groups', () => {
    expect(DEFAULT_SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps the query terms at weight 1 and adds synonyms at a lower weight', () => {
    const terms = expand('preconditions');
    expect(terms.get(stemOf('preconditions'))).toBe(1);
    expect(terms.get(stemOf('randvoorwaarden'))).toBe(0.5);
  });

  it('gives the full names of the social domain\'s acronyms, and their acronyms, as synonyms', () => {
    const thesaurus = createThesaurus({ analyzer });
    const terms = (query: string) => analyzer.analyzeTokens(query).map((token) => token.term);
    expect(thesaurus.synonymPhrases(terms('Via het CJG'))).toContain('Centrum voor Jeugd en Gezin');
    expect(thesaurus.synonymPhrases(terms('een Wlz-indicatie'))).toContain('Wet langdurige zorg');
    expect(expand('Centrum voor Jeugd en Gezin').get(stemOf('CJG'))).toBe(0.5);
    expect(thesaurus.synonymPhrases(terms('taakgerichte bekostiging'))).not.toContain('Centrum voor Jeugd en Gezin');
  });

  it('bridges English multi-word phrases to Dutch', () => {
    const terms = expand('task based funding');
    expect(terms.get(stemOf('taakgericht'))).toBe(0.5);
    expect(terms.get(stemOf('bekostiging'))).toBe(0.5);
    expect(expand('residential care').get(stemOf('residentieel'))).toBe(0.5);
    expect(expand('waiting list').get(stemOf('wachtlijst'))).toBe(0.5);
  });

  it('finds the risks the sources list for disadvantages asked in English, as for "nadelen"', () => {
    expect(expand('nadelen').get(stemOf("risico's"))).toBe(0.5);
    expect(expand('disadvantages').get(stemOf("risico's"))).toBe(0.5);
    expect(expand('drawbacks').get(stemOf("risico's"))).toBe(0.5);
  });

  it('finds the continuity problems the sources describe for a provider that goes bankrupt', () => {
    expect(expand('failliet').get(stemOf('continuïteitsproblemen'))).toBe(0.5);
    expect(expand('bankrupt').get(stemOf('continuïteitsproblemen'))).toBe(0.5);
  });

  it('matches English inflections the Dutch stemmer leaves alone', () => {
    expect(expand('municipalities').get(stemOf('gemeente'))).toBe(0.5);
    expect(expand('foster families').get(stemOf('pleegzorg'))).toBe(0.5);
  });

  it('matches a multi-word entry only as a phrase', () => {
    expect(expand('sum of a lump').has(stemOf('lumpsum'))).toBe(false);
    expect(expand('lump sum').has(stemOf('lumpsum'))).toBe(true);
  });

  it('matches an entry that loses words to stop words only as written ("under-treatment", "carried out"), except for a single word asked about', () => {
    const thesaurus = createThesaurus({ analyzer });
    const withText = (query: string): Map<string, number> => new Map(thesaurus.expandQuery(analyzer.analyzeTokens(query).map((token) => token.term), { queryText: query }).map((t) => [t.term, t.weight]));
    expect(withText('Is dyslexia treatment part of the contract?').has(stemOf('onderbehandeling'))).toBe(false);
    expect(withText('How do we prevent under-treatment?').has(stemOf('onderbehandeling'))).toBe(true);
    expect(withText('Who carries the volume risk?').has(stemOf('uitgevoerd'))).toBe(false);
    expect(withText('Who carried out the study?').has(stemOf('uitgevoerd'))).toBe(true);
    // "Hague" alone is known through "The Hague".
    expect(withText('Hague').has(stemOf('Haag'))).toBe(true);
  });

  it('matches P×Q in any notation', () => {
    expect(expand('P×Q').get(stemOf('inspanningsgericht'))).toBe(0.5);
    expect(expand('P maal Q').get(stemOf('inspanningsgericht'))).toBe(0.5);
  });

  it('weighs each word of a multi-word synonym at half the synonym weight', () => {
    expect(expand('lumpsum').get(stemOf('fixed'))).toBe(0.25);
  });

  it('uses custom groups and weight', () => {
    const thesaurus = createThesaurus({ analyzer, groups: [['wijkteam', 'buurtteam']], synonymWeight: 0.3 });
    expect([...expand('wijkteam', thesaurus)]).toEqual([
      [stemOf('wijkteam'), 1],
      [stemOf('buurtteam'), 0.3],
    ]);
  });

  it('leaves a query without synonyms unchanged', () => {
    expect([...expand('Hollands Kroon')]).toEqual([
      [stemOf('Hollands'), 1],
      [stemOf('Kroon'), 1],
    ]);
  });

  it('weighs synonyms as the user\'s own words when the corpus says the concept in them far more often', () => {
    const thesaurus = createThesaurus({ analyzer, groups: [['buurtteam', 'wijkteam'], ['neighbourhood team', 'wijkteam']] });
    const inCorpus = new Map([[stemOf('wijkteam'), 40], [stemOf('buurtteam'), 2]]);
    const documentFrequency = (term: string) => inCorpus.get(term) ?? 0;
    const weights = (query: string) => new Map(thesaurus.expandQuery(analyzer.analyzeTokens(query).map((t) => t.term), { documentFrequency }).map((t) => [t.term, t.weight]));
    // "buurtteam" is in the corpus, but "wijkteam" 20 times as often: it stands in for it.
    expect(weights('buurtteam').get(stemOf('wijkteam'))).toBe(1);
    // An English phrase the corpus never uses: its Dutch synonym at full weight.
    expect(weights('neighbourhood team').get(stemOf('wijkteam'))).toBe(1);
    // The word the corpus uses most is not translated: its synonym stays a synonym.
    expect(weights('wijkteam').get(stemOf('buurtteam'))).toBe(0.5);
    // Without corpus frequencies nothing changes.
    expect(expand('neighbourhood team', thesaurus).get(stemOf('wijkteam'))).toBe(0.5);
  });

  it('weighs the user\'s own words for a translated concept as a synonym, and says that it translates', () => {
    const thesaurus = createThesaurus({ analyzer, groups: [['neighbourhood team', 'wijkteam']] });
    const documentFrequency = (term: string) => (term === stemOf('wijkteam') ? 40 : term === stemOf('team') ? 1 : 0);
    const terms = analyzer.analyzeTokens('neighbourhood team').map((t) => t.term);
    const weights = new Map(thesaurus.expandQuery(terms, { documentFrequency }).map((t) => [t.term, t.weight]));
    // "team" occurs once (an English gloss), "wijkteam" 40 times: the corpus's word leads.
    expect(weights.get(stemOf('wijkteam'))).toBe(1);
    expect(weights.get(stemOf('team'))).toBe(0.5);
    expect(thesaurus.translates(terms, { documentFrequency })).toBe(true);
    expect(thesaurus.translates(analyzer.analyzeTokens('wijkteam').map((t) => t.term), { documentFrequency })).toBe(false);
  });

  it('translates general English words one way, as synonyms: a Dutch question is not expanded into English', () => {
    const thesaurus = createThesaurus({ analyzer, groups: [], translations: [{ en: ['alderman', 'aldermen'], nl: ['wethouder', 'wethouders'] }] });
    const documentFrequency = (term: string) => (term === stemOf('wethouder') ? 30 : 0);
    const weights = (query: string) => new Map(thesaurus.expandQuery(analyzer.analyzeTokens(query).map((t) => t.term), { documentFrequency }).map((t) => [t.term, t.weight]));
    // The corpus says "wethouder" far more often, but a general word stays a synonym: it must not outweigh the subject.
    expect(weights('alderman').get(stemOf('wethouder'))).toBe(0.5);
    expect(weights('wethouder').has(stemOf('alderman'))).toBe(false);
  });

  it('bridges the words of an English question on contracts and costs to the Dutch the documents use', () => {
    const terms = (query: string) => createThesaurus({ analyzer }).expandQuery(analyzer.analyzeTokens(query).map((t) => t.term)).map((t) => t.term);
    expect(terms('Why do municipalities find it hard to set youth care rates?')).toContain(stemOf('tarieven'));
    expect(terms('What formal step did they take: were they put in default?')).toEqual(expect.arrayContaining([stemOf('formele'), stemOf('verzuim')]));
    expect(terms('Which organisation submitted a bid?')).toContain(stemOf('inschrijving'));
    expect(terms('How many audit offices joined forces?')).toContain(stemOf('gezamenlijk'));
  });

  it('knows that a monitor or report that "verschijnt" is published', () => {
    expect(expand('Hoe vaak verschijnt de monitor?').has(stemOf('gepubliceerd'))).toBe(true);
  });

  it('does not translate a Dutch word that an English entry happens to spell ("kind", "lasten", "wonen", "team", "data", "set") or to analyse like ("regionale", "analyse", "debat")', () => {
    const thesaurus = createThesaurus({ analyzer });
    const cognates = ['Welk advies gaf de regionale commissie?', 'Wat zegt de analyse over de producten?', 'Hoe verliep het debat over de methode?', 'Wat kost de energie?', 'Welke fraude vond de controle?', 'Welke beslissing nam de raad?', 'Welke namen worden genoemd?', 'Hoeveel banen gingen los?'];
    for (const query of ['Hoeveel kinderen wonen in een gezinshuis?', 'Welk kind krijgt hulp?', 'Wat zijn de administratieve lasten?', 'Welke data gebruikt het lokale team?', 'Hoe hard stijgt de set aan kosten?', ...cognates]) {
      const terms = analyzer.analyzeTokens(query).map((t) => t.term);
      expect(thesaurus.expandQuery(terms).map((t) => t.term), query).toEqual(thesaurus.expandQuery(terms, { translations: false }).map((t) => t.term));
    }
  });

  it('bridges general words of English questions: reporting verbs, stopgaps, curbs, urbanisation', () => {
    const terms = (query: string) => createThesaurus({ analyzer }).expandQuery(analyzer.analyzeTokens(query).map((t) => t.term)).map((t) => t.term);
    expect(terms('Which alderman disputed the claim?')).toEqual(expect.arrayContaining([stemOf('bestrijdt'), stemOf('beweert')]));
    expect(terms('What stopgap arrangement covers secure youth care?')).toContain(stemOf('overbruggingscontract'));
    expect(terms('What step were they reluctantly considering to curb the runaway cost?')).toEqual(expect.arrayContaining([stemOf('overwegen'), stemOf('beperken'), stemOf('kostenexplosie')]));
    expect(terms('What proportion of the population lives in urbanised areas?')).toEqual(expect.arrayContaining([stemOf('bevolking'), stemOf('stedelijk')]));
  });

  it('bridges messages, predecessors and decisions on an application to the Dutch of the iJw, the Jeugdautoriteit and the Wmo', () => {
    const terms = (query: string) => createThesaurus({ analyzer }).expandQuery(analyzer.analyzeTokens(query).map((t) => t.term)).map((t) => t.term);
    expect(terms('What message does a provider send when care starts?')).toContain(stemOf('bericht'));
    expect(terms('Which body preceded the Youth Authority?')).toContain(stemOf('voorganger'));
    expect(terms('How quickly must a municipality decide on a Wmo application?')).toContain(stemOf('beschikking'));
    expect(terms('Who decides which care a client gets?')).toContain(stemOf('bepaalt'));
  });

  it('gives each English word one entry: a word in two entries would bring both entries\' Dutch words', () => {
    const owner = new Map<string, number>();
    DEFAULT_TRANSLATIONS.forEach(({ en }, entry) => {
      for (const word of en) {
        const analysed = analyzer.analyzeTokens(word).map((t) => t.term).join(' ');
        if (!analysed) continue;
        expect(owner.get(analysed) ?? entry, `"${word}" (entry ${entry}) analyses like a word of entry ${owner.get(analysed)}`).toBe(entry);
        owner.set(analysed, entry);
      }
    });
  });

  it('ships English → Dutch translations with both sides filled', () => {
    expect(DEFAULT_TRANSLATIONS.length).toBeGreaterThanOrEqual(200);
    for (const { en, nl } of DEFAULT_TRANSLATIONS) expect(en.length > 0 && nl.length > 0).toBe(true);
  });
});
