import { describe, expect, it } from 'vitest';
import { continuesPrevious, definedSubject, isMetaSentence, opensOnContext, refersBack } from '../../../src/answering/extractive/sentence-filters.ts';

describe('isMetaSentence', () => {
  it.each([
    ['contact details', 'Dan kunt u contact opnemen per mail info@jeugdautoriteit.nl of bellen naar 070 340 6888'],
    ['a document describing itself', 'De casus Utrecht beschrijft de opbouw van het Utrechtse jeugdstelsel in sporen en de aanbesteding.'],
    ['a page telling where to ask', 'Bij vragen kunt u terecht bij PC Noord!'],
    ['a letter addressing the colleges', 'Wij verzoeken de colleges om een schriftelijke reactie te geven op de conclusies en aanbevelingen.'],
    ['a glossary describing itself', 'Deze begrippenlijst definieert veelgebruikte termen over zorgvormen, toegang en gegevensuitwisseling.'],
    ['an advice describing itself', 'Het Stelselwijzer-advies over overstappen zet de overwegingen voor en tegen op een rij.'],
    ['a pointer elsewhere', 'Zie ook de begrippenlijst.'],
    ['a sentence about the sources', 'Verschillende onderzoeken hebben taakgerichte bekostiging en het werken met jeugdhulpconsortia in kaart gebracht.'],
    ['a sentence about how the sources relate', 'De bronnen vullen elkaar aan: de rekenkamer beschrijft kansen en risico’s.'],
    ['a source saying what it does not hold', 'Het interview noemt geen exacte aantallen kinderen in residentiële zorg.'],
    ['a sentence about the knowledge base', 'De inhoud van die rapporten is in deze kennisbank nog niet verwerkt.'],
    ['a blog pointing at its own series', 'In onze vorige blog concludeerden we dat er geen beste bekostigingsvorm bestaat.'],
    ['a pointer to the rest of a web page', 'Alle documenten voor een vrijwillige gesloten plaatsing kunt u hieronder vinden: Bij vragen kunt u terecht bij PC Noord!.'],
    ['a web page offering a table', 'Hier vindt u de tarieventabel en het overzicht van de productcodes behorende bij het perceel Specialistische Jeugdhulp.'],
    ['a web page pointing at what it holds', 'Op deze pagina lees je een overzicht van de samenwerking in OZJT vanaf 2015.'],
    ['how a glossary is written', 'Elke definitie is zo geschreven dat zij los te citeren is.'],
    ['an overview describing itself', 'Het vergelijkingsoverzicht zet de drie varianten naast elkaar op werking, prikkels en risicoverdeling.'],
  ])('recognises %s', (_kind, sentence) => {
    expect(isMetaSentence(sentence)).toBe(true);
  });

  it.each([
    ['a claim about a document', 'De Rekenkamer Metropool Amsterdam publiceerde op 3 december 2020 het onderzoek "Jeugdhulp in Amsterdam".'],
    ['a case finding', 'De casus laat zien hoe een gemeente taakgerichte bekostiging kan combineren met regionale inkoop.'],
    ['a claim that mentions mail', 'Aanbieders melden de start van de zorg met een startbericht via het berichtenverkeer.'],
    ['a finding that something is missing', 'Het onderzoek vond geen verband tussen de bekostigingsvorm en de wachttijden.'],
    ['a finding about what is found', 'Hier vinden jongeren sneller hulp dan in de rest van de regio.'],
    ['a claim about every contract', 'Elke overeenkomst is voor vier jaar gesloten en daarna verlengd.'],
  ])('keeps %s', (_kind, sentence) => {
    expect(isMetaSentence(sentence)).toBe(false);
  });
});

describe('refersBack', () => {
  it('recognises sentences that lean on the one before', () => {
    expect(refersBack('Van hen ontvingen er 290 jeugdhulp met verblijf.')).toBe(true);
    expect(refersBack('Daarvan ging de helft naar pleegzorg.')).toBe(true);
    expect(refersBack('Hiervan ging een kwart naar gezinshuizen.')).toBe(true);
  });

  it('recognises later items of an enumeration, which say nothing without the ones before', () => {
    expect(refersBack('Het derde element zijn overheadkosten.')).toBe(true);
    expect(refersBack('De vierde bron is de financiële administratie van de gemeente.')).toBe(true);
    expect(refersBack('Ten tweede moeten aanbieders hun personeel behouden.')).toBe(true);
    expect(refersBack('Second, providers report per quarter.')).toBe(true);
    expect(refersBack('De Tweede Kamer is akkoord met het wetsvoorstel.')).toBe(false);
    expect(refersBack('De tweede helft van 2023 liet een daling zien.')).toBe(false);
    expect(refersBack('De eerste bron is het berichtenverkeer.')).toBe(false);
  });

  it('recognises sentences that open on the one before but state a fact of their own', () => {
    expect(opensOnContext('Dit doet het team door aan te sluiten bij bestaande overleggen.')).toBe(true);
    expect(opensOnContext('Dat meldt het college in een memo aan de gemeenteraad.')).toBe(true);
    expect(opensOnContext('Daar wonen jongeren in feite op kamers.')).toBe(true);
    expect(opensOnContext("Wij zijn erg tevreden met die solidariteitsregeling.'")).toBe(true);
    expect(opensOnContext('Hij licht toe: ,,Vanaf 1 januari 2023 bieden 188 zorgaanbieders jeugdhulp.')).toBe(true);
    expect(opensOnContext('Het zijn vragen die bij menig gemeente spelen.')).toBe(true);
    expect(opensOnContext('Dit betreft echter Alkmaar als onderdeel van de regio.')).toBe(true);
    expect(opensOnContext('Dat concludeert de rekenkamercommissie in het rapport.')).toBe(true);
    expect(opensOnContext('Het is belangrijk dat gemeenten vroeg signaleren.')).toBe(false);
    // A quote that names its own speaker after it stands alone.
    expect(opensOnContext(',,We hadden eerst de deur open staan voor veel aanbieders”, zegt wethouder Hilde Tjeerdema van Leeuwarden.')).toBe(false);
    expect(opensOnContext("'We richten ons op kwaliteit', aldus Tjeerdema.")).toBe(false);
    expect(opensOnContext(',,We hadden eerst de deur open staan voor veel aanbieders, zegt ze.”')).toBe(true);
    expect(opensOnContext('Daarnaast komt een meedenkgroep elke drie weken bij elkaar.')).toBe(false);
    expect(opensOnContext('Wijkteams bieden lichte hulp.')).toBe(false);
    expect(opensOnContext('Dat aantal halveerde sinds 2019.')).toBe(false);
    // A demonstrative as the subject of a verb stands for what the sentence before said; one before a noun does not.
    expect(opensOnContext('Zo blijkt uit de cijfers die de RIGG onlangs presenteerde.')).toBe(true);
    expect(opensOnContext('Dit sluit inhoudelijk aan op de afbouw van het beschermd wonen.')).toBe(true);
    expect(opensOnContext('Die zijn ontstaan na de decentralisatie van de jeugdzorg in 2015.')).toBe(true);
    expect(opensOnContext('Deze maatregelen dragen bij aan een snellere afhandeling.')).toBe(false);
    expect(opensOnContext('Dit jaar kreeg de gemeente meer aanvragen.')).toBe(false);
    // A council letter's "Ons college" is the college of the gemeente that writes, named: no speaker to look up.
    expect(opensOnContext('Ons college heeft op 6 juni 2023 het inkooptraject JeugdZorgPlus afgerond.')).toBe(false);
    expect(opensOnContext('Onze gemeente werkt sinds 2020 met wijkteams.')).toBe(false);
    expect(opensOnContext('Ons team is er klaar voor.')).toBe(true);
  });

  it('keeps sentences that name their subject', () => {
    expect(refersBack('Het aantal plaatsingen halveerde.')).toBe(false);
    expect(refersBack('Dordrecht werkt sinds 2020 met wijkteams.')).toBe(false);
    // A demonstrative usually names what it points at ("Deze aanpak …"): not a dangling sentence.
    expect(refersBack('Deze aanpak werkt in Veendam sinds 2020.')).toBe(false);
  });
});

describe('continuesPrevious', () => {
  it('recognises sentences that continue the one before yet can carry an answer', () => {
    expect(continuesPrevious('Ook daar werd geconstateerd dat die goed was verlopen.')).toBe(true);
    expect(continuesPrevious('Maar dat betekent dat de wachtlijst groeit.')).toBe(true);
    expect(continuesPrevious('Deze maatregelen dragen bij aan een snellere afhandeling.')).toBe(true);
    expect(continuesPrevious('Deze uitspraken hebben ingrijpende gevolgen, betoogt wethouder Van Dijk.')).toBe(true);
    expect(continuesPrevious('Toch constateert hij tekortkomingen.')).toBe(true);
    expect(continuesPrevious('Volgens de betrokken professionals is die aanwezigheid een belangrijke succesfactor.')).toBe(true);
  });

  it('leaves sentences that name their own subject, or are dated by a demonstrative', () => {
    expect(continuesPrevious('Dit jaar kreeg de gemeente meer aanvragen.')).toBe(false);
    expect(continuesPrevious('Ook Heerlen verwacht een tekort.')).toBe(false);
    expect(continuesPrevious('Daarnaast komt een meedenkgroep elke drie weken bij elkaar.')).toBe(false);
    expect(continuesPrevious('Maar de gemeente houdt vast aan het plafond.')).toBe(false);
    expect(continuesPrevious('Wijkteams bieden lichte hulp.')).toBe(false);
    expect(continuesPrevious('Volgens de wethouder is dit jaar het tekort gegroeid.')).toBe(false);
    expect(continuesPrevious('Volgens de rekenkamer is de toegang goed geregeld.')).toBe(false);
  });
});

describe('definedSubject', () => {
  it('finds what a sentence defines, a law by what it regulates included', () => {
    expect(definedSubject('Taakgerichte bekostiging is een bekostigingsvorm met een vast budget.')).toBe('Taakgerichte bekostiging');
    expect(definedSubject('De Jeugdwet regelt sinds 1 januari 2015 dat gemeenten verantwoordelijk zijn voor jeugdhulp.')).toBe('De Jeugdwet');
    expect(definedSubject('Het wetsvoorstel Wet verbetering beschikbaarheid jeugdzorg (Kamerstuk 36546) regelt dat gemeenten samen inkopen.')).toBe('Het wetsvoorstel Wet verbetering beschikbaarheid jeugdzorg (Kamerstuk 36546)');
    expect(definedSubject('In 2015 kregen gemeenten de jeugdhulp erbij.')).toBeUndefined();
  });

  it('finds what a sentence says is meant by a word, counted under it or named so', () => {
    expect(definedSubject('Met de ‘toegang’ bedoelt de Rekenkamercommissie het proces vanaf het eerste contactmoment.')).toBe('de ‘toegang’');
    expect(definedSubject('Onder een maatwerkvoorziening wordt verstaan een voorziening op maat.')).toBe('een maatwerkvoorziening');
    expect(definedSubject('Tot de toegang rekenen we de melding, het gesprek en het besluit.')).toBe('de toegang');
    expect(definedSubject('Indicator 3 is doelrealisatie en de mate waarin er geen nieuwe start plaatsvindt, ook wel herhaald beroep genoemd (3.2).')).toBe('herhaald beroep');
  });

  it('does not take a sentence opening on a preposition, or a participle after "is", for a definition', () => {
    expect(definedSubject('In het onderzoek van de Rekenkamercommissie zijn cliënten gevraagd naar hun ervaringen.')).toBeUndefined();
    expect(definedSubject('De Hervormingsagenda is ontstaan vanwege de groeiende vraag naar jeugdhulp.')).toBeUndefined();
    expect(definedSubject('Het contract is verlengd tot 2026.')).toBeUndefined();
    // Said in the context of the sentence before, or denied: not what it is.
    expect(definedSubject('Herhaald beroep is daarbij een belangrijke indicator, omdat een stijging kan wijzen op te lichte hulp.')).toBeUndefined();
    expect(definedSubject('Een lumpsum is niet hetzelfde als een budgetplafond.')).toBeUndefined();
    expect(definedSubject('Een lumpsum is bedoeld voor alle zorg aan een doelgroep.')).toBe('Een lumpsum');
  });

  it('does not take a denial after whoever denies it for a definition, unless it goes on to say what it is', () => {
    expect(definedSubject('Taakgericht werken is volgens Coby Peeters geen "holy grail" voor de bekostiging.')).toBeUndefined();
    expect(definedSubject('Open house is volgens PIANOo geen wettelijk voorgeschreven aanbestedingsprocedure, maar een toelatingssysteem.')).toBe('Open house');
    expect(definedSubject('Open house is volgens PIANOo een toelatingssysteem.')).toBe('Open house');
  });
});
