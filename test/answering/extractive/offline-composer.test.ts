import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/assistant/assistant.ts';
import { createCorpusStelselwijzer } from '../../support/knowledge-fixture.ts';

const DOCS: Record<string, string> = {
  'lumpsum.md': `---
title: "Lumpsum in de jeugdhulp"
type: advies
gemeenten: ["Voorbeeldstad"]
topics: [lumpsum]
---
# Lumpsum in de jeugdhulp

Dit document beschrijft de lumpsum.

## Voordelen
Een lumpsum maakt de uitgaven van de gemeente vooraf beter voorspelbaar. Een lumpsum verlaagt de administratieve lasten voor aanbieders.

## Risico's
Een lumpsum kan leiden tot wachtlijsten wanneer het budget in oktober op is. Bij een lumpsum bestaat het risico op onderbehandeling van cliënten.

## Randvoorwaarden
Een lumpsum vraagt een realistisch budget met een ventiel voor onverwachte groei. Een lumpsum vraagt een langjarig contract van bijvoorbeeld acht jaar.

## Eerst uitzoeken
Een gemeente evalueert eerst of het huidige stelsel kan worden doorontwikkeld voordat zij overstapt op een lumpsum.

## Bronnen
- https://example.org/lumpsum
`,
  'schoon-huis.md': `---
title: "Een schoon en leefbaar huis"
publisher: "Wmo-raad Lelystad"
---
# Een schoon en leefbaar huis

## Bekostiging
De maatwerkvoorziening Schoon en leefbaar huis wordt per cliënt met een vast bedrag per maand aan de aanbieder betaald. De aanbieder bepaalt samen met de cliënt hoeveel uren nodig zijn.

## Kosten
Een schoon en leefbaar huis kost de gemeente € 250 per cliënt per maand.
`,
  'voorbeeldstad.md': `---
title: "Casus Voorbeeldstad"
type: casus
gemeenten: ["Voorbeeldstad"]
topics: [wijkteam]
---
# Casus Voorbeeldstad

## Wijkteams
Voorbeeldstad werkt sinds 1 januari 2019 met zes wijkteams. In 2023 hielpen de wijkteams 1.250 gezinnen.

De wijkteams hebben drie taken:
- vroegsignalering
- lichte hulp
- verwijzing naar specialistische jeugdhulp

## Werkwijze
De wijkteams werken volgens de volgende afspraken. Een wijkteam kent elk gezin bij naam. Een wijkteam belt binnen vijf dagen terug. Een wijkteam overlegt elke maand met de huisartsen.

De gemeente evalueert de werkwijze van de wijkteams in 2025.

## Aanpak
Voorbeeldstad gebruikt verschillende routes om het aantal plaatsingen in verblijf te verminderen. De eerste route is pleegzorg dichtbij huis. De tweede route is intensieve ambulante hulp in het gezin.

## Regelingen
Voor gezinnen met jeugdhulp kent Voorbeeldstad de volgende regelingen.

Gezinnen met jeugdhulp in Voorbeeldstad betalen geen eigen bijdrage voor de regelingen.
`,
  'rekenkamer-toegang.md': `---
title: "Rekenkamercommissie: toegang tot de Wmo"
type: onderzoek
---
# Rekenkamercommissie: toegang tot de Wmo

De gemeenten Oosterdorp, Westerveen en Noorderhaven hebben de toegang tot de Wmo goed geregeld. Dat concludeert de Rekenkamercommissie Oosterdorp, Westerveen en Noorderhaven in het rapport over de toegang tot de Wmo.

Met de ‘toegang’ bedoelt de rekenkamercommissie het proces vanaf de eerste melding tot en met het besluit over een voorziening.
`,
  'begrippen.md': `---
title: "Begrippenlijst"
type: begrip
gemeenten: []
topics: [begrippen]
---
# Begrippenlijst

Outputgerichte bekostiging: Outputgerichte bekostiging is betalen per traject.
Taakgerichte bekostiging: Taakgerichte bekostiging is betalen met een vast budget voor een taak.

Inspanningsgericht betekent betalen voor de inzet van een aanbieder.

Voor jeugdhulp geldt het woonplaatsbeginsel: de gemeente waar de ouder met gezag woont, betaalt de hulp.
`,
};

describe('offline composer (over a small corpus)', () => {
  let assistant: Assistant;
  let cleanup: () => void;

  beforeAll(async () => {
    ({ assistant, cleanup } = await createCorpusStelselwijzer(DOCS));
  });
  afterAll(() => cleanup?.());

  it('cites every sentence and keeps numbers verbatim', async () => {
    const answer = await assistant.ask({ question: 'Hoeveel gezinnen hielpen de wijkteams van Voorbeeldstad in 2023?' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('1.250 gezinnen');
    for (const sentence of answer.answer.split(/(?<=\])\s+/)) expect(sentence).toMatch(/\[\d+\]$/);
  });

  it('groups a "should we" question into for, against, preconditions and what to find out first', async () => {
    const answer = await assistant.ask({ question: 'Moeten wij overstappen op een lumpsum?' });
    expect(answer.answer).toContain('**Wat ervoor pleit**');
    expect(answer.answer).toContain('**Wat ertegen pleit (risico’s)**');
    expect(answer.answer).toContain('**Randvoorwaarden**');
    expect(answer.answer).toContain('**Eerst uitzoeken**');
    expect(answer.answer.indexOf('wachtlijsten')).toBeGreaterThan(answer.answer.indexOf('**Wat ertegen pleit'));
  });

  it('answers an English "should we" question for one group in other words than the headings ("arrange") with that group', async () => {
    const answer = await assistant.ask({ question: 'What should a municipality arrange before switching to a lump sum?' });
    expect(answer.answer).toContain('**Preconditions**');
    expect(answer.answer).toContain('Een lumpsum vraagt een realistisch budget met een ventiel');
    expect(answer.answer).not.toContain('**Considerations for**');
  });

  it('brings the items of a list with the sentence that introduces it', async () => {
    const answer = await assistant.ask({ question: 'Welke taken hebben de wijkteams in Voorbeeldstad?' });
    expect(answer.answer).toMatch(/drie taken: vroegsignalering; lichte hulp; verwijzing naar specialistische jeugdhulp/);
  });

  it('brings the sentences that follow "de volgende afspraken." in its paragraph as its items', async () => {
    const answer = await assistant.ask({ question: 'Welke afspraken gelden voor de wijkteams in Voorbeeldstad?' });
    expect(answer.answer).toMatch(/volgende afspraken\. Een wijkteam kent elk gezin bij naam\. Een wijkteam belt binnen vijf dagen terug\. Een wijkteam overlegt elke maand met de huisartsen\. \[\d\]/);
    expect(answer.answer).not.toMatch(/huisartsen\. De gemeente evalueert/);
  });

  it('reads a sentence followed by "De eerste route …", "De tweede route …" as a list with its items', async () => {
    const answer = await assistant.ask({ question: 'Hoe vermindert Voorbeeldstad het aantal plaatsingen in verblijf?' });
    expect(answer.answer).toMatch(/verschillende routes om het aantal plaatsingen in verblijf te verminderen\. De eerste route is pleegzorg dichtbij huis\. De tweede route is intensieve ambulante hulp in het gezin\. \[\d\]/);
  });

  it('never quotes "de volgende <items>." without the items it promises', async () => {
    const answer = await assistant.ask({ question: 'Welke regelingen kent Voorbeeldstad voor gezinnen met jeugdhulp?' });
    expect(answer.answer).not.toContain('de volgende regelingen');
  });

  it('prefers a sentence with a date for a "since when" question', async () => {
    const answer = await assistant.ask({ question: 'Sinds wanneer werkt Voorbeeldstad met wijkteams?' });
    expect(answer.answer.split('[')[0]).toContain('1 januari 2019');
  });

  it('does not quote a glossary entry about something else', async () => {
    const answer = await assistant.ask({ question: 'Wat is taakgerichte bekostiging?' });
    expect(answer.answer).toContain('vast budget voor een taak');
    expect(answer.answer).not.toContain('per traject');
  });

  it('answers an English "what is" question with the glossary entry its Dutch words define', async () => {
    const answer = await assistant.ask({ question: 'What is task-based funding?' });
    expect(answer.answer).toContain('Taakgerichte bekostiging is betalen met een vast budget voor een taak.');
    expect(answer.answer).not.toContain('per traject');
    // Quoted as its definition, without the headword in front.
    expect(answer.answer).not.toContain('Taakgerichte bekostiging: ');
  });

  it('answers "wat betekent X?" about X, not with another sentence that says "betekent"', async () => {
    const answer = await assistant.ask({ question: 'Wat betekent woonplaatsbeginsel?' });
    expect(answer.answer).toContain('de gemeente waar de ouder met gezag woont, betaalt de hulp');
    expect(answer.answer).not.toContain('Inspanningsgericht betekent');
  });

  it('asked what someone means by a word, leads with what they say it means, not with the sentences that repeat their names', async () => {
    for (const question of ['Wat rekent de rekenkamercommissie Oosterdorp, Westerveen en Noorderhaven tot de toegang tot de Wmo?', 'Wat verstaat de rekenkamercommissie Oosterdorp, Westerveen en Noorderhaven onder de toegang?']) {
      const answer = await assistant.ask({ question });
      expect(answer.answer.split('[')[0]).toContain('vanaf de eerste melding');
    }
  });

  it('never quotes the document describing itself, or its bibliography', async () => {
    const answer = await assistant.ask({ question: 'Wat zijn de risico’s van een lumpsum?' });
    expect(answer.answer).not.toMatch(/Dit document|example\.org/);
  });

  it('answers an English question in English, quoting the Dutch sources', async () => {
    const answer = await assistant.ask({ question: 'What are the risks of a lump sum?' });
    expect(answer.language).toBe('en');
    expect(answer.answer).toMatch(/^From the sources/);
    expect(answer.answer).toContain('onderbehandeling');
  });

  it('refuses questions the sources do not cover', async () => {
    for (const question of ['Wat is de hoofdstad van Australië?', 'Hoeveel wijkteams heeft Enschede?', 'What is the best recipe for pancakes?']) {
      const answer = await assistant.ask({ question });
      expect(answer.abstained, question).toBe(true);
      expect(answer.citations).toEqual([]);
    }
  });

  it('refuses a name made of words the corpus uses, but never together or never as one word', async () => {
    // "Zes Gezinnen": both words occur, the name does not; "Gezinnenbudget": only its parts occur.
    for (const question of ['Wat doet het programma Zes Gezinnen in Voorbeeldstad?', 'Wat regelt het Gezinnenbudget in Voorbeeldstad?']) {
      const answer = await assistant.ask({ question });
      expect(answer.refusal, question).toBe('unknown-name');
    }
    // A name the corpus has as a phrase, and a capitalised word it uses, are answered.
    // A name in quotes is the same name: the closing quote is no part of its last word.
    for (const question of ['Wie biedt de Lichte Hulp in Voorbeeldstad?', "Wie biedt de 'Lichte Hulp' in Voorbeeldstad?", 'Hoeveel gezinnen hielpen de Wijkteams van Voorbeeldstad in 2023?']) {
      expect((await assistant.ask({ question })).abstained, question).toBe(false);
    }
  });

  it('counts a gemeente as covered when the document names it anywhere, its publisher included', async () => {
    const answer = await assistant.ask({ question: 'Hoe wordt de aanbieder in Lelystad betaald voor een schoon en leefbaar huis?' });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('vast bedrag per maand');
    expect((await assistant.ask({ question: 'Hoe wordt de aanbieder in Almere betaald voor een schoon en leefbaar huis?' })).refusal).toBe('gemeente-not-in-sources');
  });

  it('refuses an amount the documents about that gemeente do not give, and says so', async () => {
    const hourly = await assistant.ask({ question: 'Welk uurtarief betaalt Lelystad voor een schoon en leefbaar huis?' });
    expect(hourly.refusal).toBe('amount-not-in-sources');
    expect(hourly.answer).toMatch(/^De bronnen die ik heb noemen dat bedrag niet/);
    const monthly = await assistant.ask({ question: 'Wat kost een schoon en leefbaar huis in Lelystad?' });
    expect(monthly.abstained).toBe(false);
    expect(monthly.answer).toContain('€ 250');
  });

  it('refuses a count question that no quoted sentence gives a number for, and says so', async () => {
    const uncounted = await assistant.ask({ question: 'Hoeveel cliënten lopen het risico op onderbehandeling bij een lumpsum?' });
    expect(uncounted.refusal).toBe('count-not-in-sources');
    expect(uncounted.answer).toMatch(/^De bronnen die ik heb noemen dat aantal niet/);
    // A number written as a word counts: "zes wijkteams".
    const counted = await assistant.ask({ question: 'Met hoeveel wijkteams werkt Voorbeeldstad?' });
    expect(counted.abstained).toBe(false);
    expect(counted.answer).toContain('zes wijkteams');
  });

  it('refuses a question for an amount that no quoted sentence gives, and says so', async () => {
    const unpriced = await assistant.ask({ question: 'Hoeveel budget vraagt een ventiel voor onverwachte groei bij een lumpsum?' });
    expect(unpriced.refusal).toBe('amount-not-in-sources');
    expect(unpriced.answer).toMatch(/^De bronnen die ik heb noemen dat bedrag niet/);
  });

  it('says why it refused, for the logs', async () => {
    expect((await assistant.ask({ question: 'Sinds wanneer werkt Enschede met wijkteams?' })).refusal).toBe('gemeente-not-in-sources');
    expect((await assistant.ask({ question: 'Wat kost een nieuwe Tesla Model 3 in Nederland?' })).refusal).toMatch(/^(unknown-words|unknown-name)$/);
    expect((await assistant.ask({ question: 'Welke taken hebben de wijkteams in Voorbeeldstad?' })).refusal).toBeUndefined();
  });
});
