import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('a definition question with a context ("Wat zijn zero\'s bij KOOS?")', () => {
  const koos = testChunk(
    'koos',
    'KOOS is een samenwerkingsverband van Altrecht, De Opvoedpoli en Youké. KOOS werkt toe naar vier zero\'s: zero residentieel, zero suïcide, zero schooluitval en zero stigma, zo staat in het KOOS-jaarbeeld 2021.',
  );
  const consortium = testChunk(
    'consortium',
    'Een consortium is een samenwerkingsverband van meerdere aanbieders. Bij een consortium treedt vaak één organisatie op als penvoerder, die namens de combinatie contracteert en factureert.',
  );
  const corpus = composerOver([koos, consortium]);

  it('is answered by the sentence about what is asked, not by the one saying what the context is', () => {
    for (const question of ["Wat zijn zero's bij KOOS?", "Wat zijn de zero's van KOOS?"]) {
      const answer = corpus.compose({ question, language: 'nl', passages: [foundPassage(koos)] });
      expect(answer.answer, question).toMatch(/^KOOS werkt toe naar vier zero's/);
    }
    const penvoerder = corpus.compose({ question: 'Wat is een penvoerder bij een consortium?', language: 'nl', passages: [foundPassage(consortium)] });
    expect(penvoerder.answer).toMatch(/^Bij een consortium treedt vaak één organisatie op als penvoerder/);
  });

  it('still opens with the definition when the question asks only for the thing', () => {
    const answer = corpus.compose({ question: 'Wat is een consortium?', language: 'nl', passages: [foundPassage(consortium)] });
    expect(answer.answer).toMatch(/^Een consortium is een samenwerkingsverband/);
  });
});

describe('a question for only what a term is ("ventiel", "Wat is een ventiel?")', () => {
  const interview = testChunk('interview', 'Een contract bevat volgens Roxana Asmus ventielen voor onverwachte ontwikkelingen, maar een aanbieder voert de taak uit voor het budget.');
  const glossary = testChunk(
    'begrippen',
    'Ventiel: Een ventiel (Engels: safety valve) is een contractafspraak waarmee gemeente en aanbieder een lumpsum of budget kunnen bijstellen bij onvoorziene ontwikkelingen, zoals een sterke stijging van de vraag naar jeugdhulp in de regio.',
  );
  // The search ranks the glossary low: other passages that mention a budget come first.
  const others = ['Het budget van de gemeente is vastgesteld.', 'Een aanbieder krijgt een vast budget.', 'De gemeente bespreekt het budget met de regio.', 'Het budget stijgt met de vraag.', 'Een lumpsum is een budget.'].map((text, i) => testChunk(`budget${i}`, text));
  const corpus = composerOver([interview, glossary, ...others]);

  it('opens with the definition, even from a lower-ranked glossary, before a sentence that only uses the word', () => {
    for (const question of ['ventiel', 'Wat is een ventiel?']) {
      const answer = corpus.compose({ question, language: 'nl', passages: [foundPassage(interview), ...others.map(foundPassage), foundPassage(glossary)] });
      expect(answer.answer, question).toMatch(/^Een ventiel \(Engels: safety valve\) is een contractafspraak/);
    }
  });
});

describe('how a part of something works ("Hoe werkt de escalatieroute van de Jeugdautoriteit?")', () => {
  const about = testChunk('jeugdautoriteit', 'De Jeugdautoriteit is het orgaan dat sinds 2019 de continuïteit van cruciale jeugdhulp bewaakt.');
  const route = {
    ...testChunk('jeugdautoriteit', 'Als aanbieders en gemeenten er onderling niet uitkomen, kunnen zij hulp inroepen van het OZJ. Als het OZJ geen oplossing biedt, kan het OZJ escaleren naar de Jeugdautoriteit.', 1),
    headingPath: ['De Jeugdautoriteit', 'Escalatieroute'],
  };

  it('is answered about the part, not by what the owner is', () => {
    const answer = composerOver([about, route]).compose({ question: 'Hoe werkt de escalatieroute van de Jeugdautoriteit?', language: 'nl', passages: [foundPassage(about), foundPassage(route)] });
    expect(answer.answer).toMatch(/^Als aanbieders en gemeenten er onderling niet uitkomen/);
  });
});

describe('a numbered item of a list ("Indicator 1 is uitval")', () => {
  const chunk = testChunk('outcome', 'Indicator 1 is uitval of bereik. Indicator 2 is cliënttevredenheid. Outcome-indicatoren meten het resultaat van jeugdhulp voor jeugdigen en gezinnen, in plaats van de productie in uren of trajecten.');

  it('does not say what the concept is', () => {
    const answer = composerOver([chunk]).compose({ question: 'Wat zijn outcome-indicatoren?', language: 'nl', passages: [foundPassage(chunk)] });
    expect(answer.answer).toMatch(/^Outcome-indicatoren meten het resultaat van jeugdhulp/);
  });
});


describe('a question for someone\'s role in something ("Welke rol speelt de huisarts bij de toegang?")', () => {
  const glossary = testChunk('begrippen', 'De toegang (Engels: access) is het geheel van route, beoordeling en besluit waarmee bepaald wordt of een inwoner een voorziening krijgt.');
  const utrecht = testChunk('utrecht', 'In Utrecht is voor specialistische jeugdhulp een verwijzing nodig van het buurtteam, de huisarts, de jeugdarts, SAVE of een medisch specialist, zodat de toegang tot specialistische jeugdhulp via verschillende verwijzers loopt.');

  it('is answered by a sentence naming whose role it is, not by what the context is', () => {
    // A corpus in which "rol" and "speelt" are common words, as in the real one.
    const elsewhere = ['de gemeente', 'de aanbieder', 'het wijkteam', 'de regio', 'de raad', 'de school'].map((who, i) => testChunk(`rol${i}`, `Welke rol ${who} speelt, verschilt per gemeente.`));
    const answer = composerOver([glossary, utrecht, ...elsewhere]).compose({ question: 'Welke rol speelt de huisarts bij de toegang?', language: 'nl', passages: [foundPassage(glossary), foundPassage(utrecht)] });
    expect(answer.answer).toMatch(/^In Utrecht is voor specialistische jeugdhulp een verwijzing nodig van het buurtteam, de huisarts/);
  });
});

describe('a definition question for a numbered item ("Wat is productcategorie 46?")', () => {
  const codes = testChunk('codelijst', 'De codelijst kent de volgende categorieën. Categorie 45 is ambulant. Categorie 46 is crisis. Categorie 47 is jeugdreclassering.');
  const glossary = testChunk('begrippen', 'Een productcategorie is de landelijke indeling van jeugdhulpproducten in de iJw-codelijst, bijvoorbeeld 45 voor ambulant.');
  const corpus = composerOver([codes, glossary]);

  it('is answered by the item, short as its sentence is, not by what the listed thing is in general', () => {
    // The search finds the code list first: it holds the asked number.
    const answer = corpus.compose({ question: 'Wat is productcategorie 46?', language: 'nl', passages: [foundPassage(codes), foundPassage(glossary)] });
    expect(answer.answer).toMatch(/^Categorie 46 is crisis\. \[1\]/);
  });

  it('still gives the general definition when no item is asked', () => {
    const answer = corpus.compose({ question: 'Wat is een productcategorie?', language: 'nl', passages: [foundPassage(glossary), foundPassage(codes)] });
    expect(answer.answer).toMatch(/^Een productcategorie is de landelijke indeling/);
  });
});
