import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

/** A chunk of a document with this title, under this section heading. */
function section(options: { docId: string; title: string; heading?: string; text: string; ordinal?: number; type?: 'casus' | 'advies' }): Chunk {
  const chunk = testChunk(options.docId, options.text, options.ordinal ?? 0);
  return { ...chunk, headingPath: options.heading ? [options.title, options.heading] : [options.title], metadata: { ...chunk.metadata, title: options.title, ...(options.type ? { type: options.type } : {}) } };
}

describe('a question for the disadvantages of one subject ("Wat zijn de nadelen van X?")', () => {
  const title = 'Inspanningsgerichte bekostiging: betalen per uur';
  const intro = section({ docId: 'inspanning', title, text: 'Inspanningsgerichte bekostiging heeft voordelen en nadelen voor gemeente en aanbieder.' });
  const risks = section({ docId: 'inspanning', title, heading: "Risico's", ordinal: 1, text: 'Het belangrijkste risico is de productieprikkel: een aanbieder verdient meer naarmate hij meer uren levert. De gemeente draagt het volumerisico.' });
  const otherVariant = section({ docId: 'output', title: 'Outputgerichte bekostiging: een trajectprijs', heading: "Risico's", text: 'Een trajectprijs kan leiden tot onderbehandeling binnen een traject.' });
  const corpus = composerOver([intro, risks, otherVariant]);
  const ask = (question: string) => corpus.compose({ question, language: 'nl', passages: [foundPassage(intro), foundPassage(otherVariant), foundPassage(risks)] });

  it('is answered by the section that lists them, not by the sentence repeating the question', () => {
    const answer = ask('Wat zijn de nadelen van inspanningsgerichte bekostiging?');
    expect(answer.answer).toMatch(/^Het belangrijkste risico is de productieprikkel: een aanbieder verdient meer naarmate hij meer uren levert\. \[1\] De gemeente draagt het volumerisico\. \[1\]$/);
    expect(answer.citations[0]?.source).toBe('inspanning.md');
  });

  it('takes the section of the document about the asked subject, not another subject\'s risks', () => {
    const answer = ask('Wat zijn de risico\'s van outputgerichte bekostiging?');
    expect(answer.answer).toMatch(/^Een trajectprijs kan leiden tot onderbehandeling/);
    expect(answer.answer).not.toContain('productieprikkel');
  });

  it('keeps the ordinary answer when no such section is about the subject', () => {
    const glossary = section({ docId: 'begrippen', title: 'Begrippenlijst', text: 'Resultaatgerichte bekostiging is bekostiging waarin de betaling afhangt van bereikte resultaten.' });
    const answer = composerOver([intro, risks, otherVariant, glossary]).compose({ question: 'Wat zijn de nadelen van resultaatgerichte bekostiging?', language: 'nl', passages: [foundPassage(glossary), foundPassage(intro), foundPassage(otherVariant), foundPassage(risks)] });
    expect(answer.answer).not.toContain('productieprikkel');
    expect(answer.answer).not.toContain('trajectprijs');
  });
});

describe('a question for the risks of a subject whose document has a section per risk', () => {
  const title = "Risico's van een lumpsum voor cliënten";
  // Each section opens on context; its second sentence names the risk of its heading.
  const risks: Array<[heading: string, context: string, named: string]> = [
    ['Risico 1: wachtlijsten', 'De aanbieder heeft een vaste capaciteit.', 'Als de vraag stijgt, komen cliënten op een wachtlijst.'],
    ['Risico 2: onderbehandeling', 'Wie minder zorg inzet, houdt geld over.', 'Zo ontstaat onderbehandeling.'],
    ['Risico 3: het budget is in oktober op', 'Het geld is per kalenderjaar begroot.', 'In oktober kan er geen ruimte meer zijn voor nieuwe aanmeldingen.'],
    ['Risico 4: afhankelijkheid', 'De gemeente contracteert vaak één consortium.', 'Die afhankelijkheid laat weinig alternatieven.'],
    ['Risico 5: keuzevrijheid', 'Per wijk werkt één team.', 'Gezinnen verliezen keuzevrijheid tussen aanbieders.'],
    ['Risico 6: zicht', 'Verantwoording per cliënt vervalt.', 'De gemeente heeft minder zicht op wat er gebeurt.'],
    ['Risico 7: personeel', 'Teams zijn klein.', 'Vertrek van personeel raakt de hulp direct.'],
  ];
  const chunks = [
    ...risks.map(([heading, context, named], i) => section({ docId: 'lumpsum', title, heading, ordinal: i, text: `${context} ${named}` })),
    section({ docId: 'lumpsum', title, heading: "Maatregelen om de risico's te beperken", ordinal: risks.length, text: 'Een gemeente beperkt wachtlijsten met afspraken over maximale wachttijden.' }),
  ];
  const corpus = composerOver(chunks);
  const answer = corpus.compose({ question: "Wat zijn de risico's van een lumpsum voor cliënten?", language: 'nl', passages: chunks.map(foundPassage) });

  it('quotes the sentence of each section that names its risk, in the order of the document, up to six', () => {
    expect(answer.answer).toBe(risks.slice(0, 6).map(([, , named]) => `${named} [1]`).join(' '));
  });

  it('leaves the measures against the risks out of the risks', () => {
    expect(answer.answer).not.toContain('maximale wachttijden');
  });

  it('quotes them in the same order when the question asks what goes wrong, without the word "risico"', () => {
    // A corpus in which the words of the question are common ("mis", "gaat"), as in the real one; the search found the same passages.
    const elsewhere = ['de planning', 'het overleg', 'de inkoop', 'de toegang', 'de declaratie', 'het contract', 'de wijk', 'de raad'].map((topic, i) => testChunk(`elders${i}`, `Er gaat weleens iets mis bij ${topic}.`));
    const wrong = composerOver([...chunks, ...elsewhere]).compose({ question: 'Wat gaat er mis bij een lumpsum voor cliënten?', language: 'nl', passages: chunks.map(foundPassage) });
    expect(wrong.refusal).toBeUndefined();
    const order = ['wachtlijst', 'onderbehandeling', 'oktober', 'afhankelijkheid', 'keuzevrijheid'].map((word) => wrong.answer.indexOf(word));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('is recognised in English too, through the translation of the subject ("lump sum" is "lumpsum")', () => {
    const english = corpus.compose({ question: 'What are the risks of a lump sum for clients?', language: 'en', passages: chunks.map(foundPassage) });
    expect(english.answer).toContain('Als de vraag stijgt, komen cliënten op een wachtlijst. [1] Zo ontstaat onderbehandeling. [1]');
  });
});

describe('two documents with a section on the asked risks, equally about the subject', () => {
  const casus = section({ docId: 'casus', title: 'Casus Amsterdam: taakgerichte bekostiging', heading: "Risico's volgens de rekenkamer", type: 'casus', text: 'De rekenkamer vond de risico’s van taakgerichte bekostiging in Amsterdam deels erkend.' });
  const advice = section({ docId: 'advies', title: 'Advies over taakgerichte bekostiging', heading: 'Overwegingen tegen', type: 'advies', text: 'Een gemeente krijgt bij taakgerichte bekostiging minder grip op de uitvoering.' });
  const answer = composerOver([casus, advice]).compose({ question: "Wat zijn de risico's van taakgerichte bekostiging?", language: 'nl', passages: [foundPassage(casus), foundPassage(advice)] });

  it('answers from the general document before the case study, when the question names no place', () => {
    expect(answer.answer).toMatch(/^Een gemeente krijgt bij taakgerichte bekostiging minder grip op de uitvoering\. \[1\]$/);
  });
});

describe('a section on both the advantages and the disadvantages ("Voor- en nadelen van open house")', () => {
  const chunk = section({ docId: 'contracteren', title: 'Contracteren: open house en aanbesteding', heading: 'Voor- en nadelen van open house', text: 'Open house geeft cliënten keuzevrijheid tussen aanbieders. Open house werd snel populair bij gemeenten. Het nadeel is dat grote gemeenten honderden contracten krijgen. Het contractmanagement wordt daardoor intensief.' });
  const corpus = composerOver([chunk]);
  const ask = (question: string) => corpus.compose({ question, language: 'nl', passages: [foundPassage(chunk)] }).answer;

  it('gives the disadvantages from the sentence that turns to them', () => {
    expect(ask('Wat zijn de nadelen van open house?')).toBe('Het nadeel is dat grote gemeenten honderden contracten krijgen. [1] Het contractmanagement wordt daardoor intensief. [1]');
  });

  it('gives the advantages before it', () => {
    expect(ask('Wat zijn de voordelen van open house?')).toBe('Open house geeft cliënten keuzevrijheid tussen aanbieders. [1] Open house werd snel populair bij gemeenten. [1]');
  });

  it('gives both, each under its heading, when both are asked', () => {
    const both = '**Voordelen**\n\nOpen house geeft cliënten keuzevrijheid tussen aanbieders. [1] Open house werd snel populair bij gemeenten. [1]\n\n**Nadelen en risico’s**\n\nHet nadeel is dat grote gemeenten honderden contracten krijgen. [1] Het contractmanagement wordt daardoor intensief. [1]';
    expect(ask('Wat zijn de voor- en nadelen van open house?')).toBe(both);
    expect(corpus.compose({ question: 'What are the pros and cons of open house?', language: 'en', passages: [foundPassage(chunk)] }).answer).toContain('**Advantages**');
  });
});

describe('a question for both sides of a subject whose document has a section for each', () => {
  const title = 'Hoofdaannemerschap en consortia';
  const advantages = section({ docId: 'consortia', title, heading: 'Voordelen', text: 'Een hoofdaannemer brengt expertises onder één verantwoordelijkheid. Voor de gemeente vermindert het aantal contractrelaties.' });
  const risks = section({ docId: 'consortia', title, heading: "Nadelen en risico's", ordinal: 1, text: 'Administratieve lasten kunnen verschuiven naar onderaannemers. De gemeente wordt afhankelijk van één partij.' });
  const answer = composerOver([advantages, risks]).compose({ question: 'Wat zijn de voor- en nadelen van hoofdaannemerschap?', language: 'nl', passages: [foundPassage(risks), foundPassage(advantages)] }).answer;

  it('quotes the advantages section under "Voordelen" and the risks section under "Nadelen en risico’s"', () => {
    expect(answer).toMatch(/^\*\*Voordelen\*\*\n\nEen hoofdaannemer brengt expertises onder één verantwoordelijkheid\. \[1\] Voor de gemeente vermindert het aantal contractrelaties\. \[1\]\n\n\*\*Nadelen en risico’s\*\*\n\nAdministratieve lasten kunnen verschuiven naar onderaannemers\./);
  });
});

describe('a general document that names less of the subject than a case study', () => {
  const casus = section({ docId: 'casus', title: 'Casus Amsterdam: taakgerichte bekostiging', heading: "Risico's van taakgerichte bekostiging volgens de rekenkamer", type: 'casus', text: 'De rekenkamer vond de beheersmaatregelen in Amsterdam onvoldoende.' });
  const general = section({ docId: 'taakgericht', title: 'Taakgericht werken: één budget', heading: "Risico's en aandachtspunten", type: 'advies', text: 'Een gemeente krijgt bij taakgericht werken minder grip op de uitvoering.' });
  // Bekostiging is a common word of the corpus, taakgericht a rarer one: the general title names most of the subject.
  const fillers = ['Bekostiging per uur heet inspanningsgericht.', 'Bekostiging per traject heet outputgericht.', 'De bekostiging verschilt per gemeente.'].map((text, i) => testChunk(`filler${i}`, text));
  const corpus = composerOver([casus, general, ...fillers]);
  const ask = (question: string) => corpus.compose({ question, language: 'nl', passages: [foundPassage(casus), foundPassage(general)] }).answer;

  it('answers a question that names no place: one gemeente\'s case is not the general answer', () => {
    expect(ask("Wat zijn de risico's van taakgerichte bekostiging?")).toMatch(/^Een gemeente krijgt bij taakgericht werken minder grip op de uitvoering\./);
  });

  it('leaves a question about the place to its case', () => {
    expect(ask("Wat waren de risico's van taakgerichte bekostiging in Amsterdam?")).toMatch(/^De rekenkamer vond de beheersmaatregelen in Amsterdam onvoldoende\./);
  });
});


describe('a why-question about a risk whose document also lists the measures against it', () => {
  const title = "Risico's van een lumpsum voor cliënten";
  const risk = section({ docId: 'lumpsum', title, heading: 'Risico 1: wachtlijsten', text: 'Bij een lumpsum heeft de aanbieder een vast budget, terwijl de vraag kan stijgen. Als de vraag groter is dan het budget, ontstaat het risico dat cliënten op een wachtlijst komen.' });
  const measures = section({ docId: 'lumpsum', title, heading: "Maatregelen om de risico's te beperken", ordinal: 1, text: 'Een gemeente beperkt het risico op wachtlijsten bij een lumpsum door maximale wachttijden af te spreken.' });
  const ask = (question: string) => composerOver([risk, measures]).compose({ question, language: 'nl', passages: [foundPassage(measures), foundPassage(risk)] }).answer;

  it('is answered by why it is a risk, not by how a gemeente limits it', () => {
    expect(ask("Waarom zijn wachtlijsten een risico bij een lumpsum?")).toMatch(/^(Bij een lumpsum heeft de aanbieder een vast budget|Als de vraag groter is dan het budget)/);
  });

  it('still takes the measures when the question asks about them', () => {
    expect(ask('Waarom beperkt een gemeente het risico op wachtlijsten bij een lumpsum?')).toMatch(/^Een gemeente beperkt het risico op wachtlijsten/);
  });
});

describe('a section that lists its items as "Een tweede risico is …"', () => {
  const title = 'Outputgerichte bekostiging: een trajectprijs';
  const advantages = section({ docId: 'output', title, heading: 'Voordelen', text: 'De outputgerichte variant haalt de prikkel weg om uren te leveren. De administratieve last per cliënt daalt.' });
  const risks = section({
    docId: 'output',
    title,
    heading: "Risico's",
    ordinal: 1,
    text: 'Een trajectprijs kan leiden tot onderbehandeling binnen een traject. Een tweede risico is upcoding: cliënten komen in een duurder traject dan nodig. Een derde risico is het opknippen van trajecten, wat het aantal trajecten opdrijft. Volume blijft bij de outputgerichte variant een risico voor de gemeente.',
  });
  const answer = composerOver([advantages, risks]).compose({ question: 'Wat zijn de voor- en nadelen van outputgerichte bekostiging?', language: 'nl', passages: [foundPassage(risks), foundPassage(advantages)] }).answer;

  it('quotes a later item only after the one before it', () => {
    expect(answer).toMatch(/\*\*Nadelen en risico’s\*\*\n\nEen trajectprijs kan leiden tot onderbehandeling binnen een traject\. \[1\] Een tweede risico is upcoding/);
  });
});
