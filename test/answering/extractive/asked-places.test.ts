import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';
import { askedPlacesOf, sentencesAboutOtherPlaces } from '../../../src/answering/extractive/asked-places.ts';

describe('askedPlacesOf', () => {
  it('finds provinces and regions by name or adjective, in Dutch and English', () => {
    expect(askedPlacesOf('Met hoeveel aanbieders werkten de Friese gemeenten?')).toEqual([expect.arrayContaining(['Friesland', 'Fryslân', 'Friese'])]);
    expect(askedPlacesOf('How many Frisian audit offices joined forces?')).toEqual([expect.arrayContaining(['Friesland'])]);
    expect(askedPlacesOf('Welke Twentse gemeenten werken samen?')).toEqual([expect.arrayContaining(['Twente'])]);
  });

  it('finds gemeenten by name or by adjective ("Haagse", "Amsterdamse")', () => {
    expect(askedPlacesOf('Hoeveel jongeren in Almere krijgen jeugdhulp?')).toEqual([expect.arrayContaining(['Almere'])]);
    expect(askedPlacesOf('Waarom noemt de Haagse PvdA het een bezuiniging?')).toEqual([expect.arrayContaining(['Den Haag'])]);
    expect(askedPlacesOf('Wat vindt de Amsterdamse wethouder?')).toEqual([expect.arrayContaining(['Amsterdam'])]);
  });

  it('finds no place in a question about no place', () => {
    expect(askedPlacesOf('Wat is taakgerichte bekostiging?')).toEqual([]);
    expect(askedPlacesOf('Wat vindt de Tweede Kamer van de Hervormingsagenda?')).toEqual([]);
  });
});


describe('an answer about the place asked for', () => {
  // Two news items on a new aanbesteding: the search ranks the Haagse one first on the shared words.
  const haag = testChunk('h10', 'Bij de nieuwe aanbesteding van jeugdzorg werken de tien gemeenten van het H10 Inkoopbureau met 70 aanbieders. Het inkoopbureau zit in het Haagse stadhuis.');
  const fryslan = testChunk('fryslan', 'De Friese gemeenten werken nu met zo’n 280 jeugdzorgaanbieders. Dat worden er straks nog zo’n honderd.');
  const chunks = [haag, fryslan];
  const composer = composerOver(chunks);

  it('comes from the document that names the place, though the search ranked another first', () => {
    const answer = composer.compose({ question: 'Met hoeveel aanbieders werken de Friese gemeenten bij de nieuwe aanbesteding van jeugdzorg?', language: 'nl', passages: [foundPassage(haag), foundPassage(fryslan)] });
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.docId).toBe('fryslan');
    expect(answer.answer.split('[1]')[0]).toContain('280');
  });
});

describe('sentencesAboutOtherPlaces', () => {
  it('marks a sentence that names only another gemeente than the one asked about', () => {
    const aboutOther = sentencesAboutOtherPlaces('How did Rotterdam try to strengthen cooperation between its neighbourhood teams?')!;
    expect(aboutOther('Zaanstad bereidde zich met vijf jeugdteams voor op de decentralisatie van 2015.')).toBe(true);
    expect(aboutOther('Utrecht deelt de jeugdhulp in drie sporen in.')).toBe(true);
    expect(aboutOther('Rotterdam organiseerde wijkgerichte bijeenkomsten, net als Zaanstad.')).toBe(false);
    expect(aboutOther('Lokale teams vormen in de meeste gemeenten de toegang tot jeugdhulp.')).toBe(false);
  });

  it('does not count where someone comes from, The Hague standing for the government, or gemeenten of an asked province', () => {
    expect(sentencesAboutOtherPlaces('Welk bureau voert het onderzoek van de Friese rekenkamers uit?')!('Het onderzoek is in handen van bureau Lysias uit Amersfoort.')).toBe(false);
    expect(sentencesAboutOtherPlaces('Waarom overwegen de Groningse gemeenten een budgetplafond?')!('Omdat Den Haag weigert over de brug te komen, denken ze na over een plafond.')).toBe(false);
    expect(sentencesAboutOtherPlaces('Waarom overwegen de Groningse gemeenten een budgetplafond?')!('Stadskanaal coördineert de inkoop.')).toBe(false);
    expect(sentencesAboutOtherPlaces('Waarom overwegen de Groningse gemeenten een budgetplafond?')!('Venlo verwacht het hoogste tekort.')).toBe(true);
    expect(sentencesAboutOtherPlaces('Wat doet Rotterdam?')!('Den Haag besteedde in 2020 ongeveer 6% aan jeugdteams.')).toBe(true);
  });

  it('knows gemeenten dissolved since 2015 as places of their own (Bellingwedde, Vlagtwedde), in the question and in a sentence', () => {
    const aboutOther = sentencesAboutOtherPlaces('Waarom heeft Bellingwedde het zich bij de invoering van de Wmo moeilijk gemaakt?')!;
    expect(aboutOther('Eerder velde de Rekenkamercommissie een oordeel over de invoering van de WMO in de gemeente Vlagtwedde.')).toBe(true);
    expect(aboutOther('De invoering van de Wmo in de gemeente Bellingwedde is goed verlopen.')).toBe(false);
    // Asked about the Groningen gemeenten, Vlagtwedde lay in Groningen.
    expect(sentencesAboutOtherPlaces('Welke tekortkomingen zagen de Groningse rekenkamers?')!('Ook in Vlagtwedde was de invoering goed verlopen.')).toBe(false);
  });

  it('does not count a place named in brackets, an aside', () => {
    const aboutOther = sentencesAboutOtherPlaces('Hoe lang moesten kinderen wachten bij Karakter volgens het college van Barneveld?')!;
    expect(aboutOther(",,De gemiddelde wachttijd bij Karakter (kinder- en jeugdpsychiatrie in Ede, red.) is nu 15,5 weken'', stelt het college.")).toBe(false);
    expect(aboutOther('In Ede is de gemiddelde wachttijd 15,5 weken.')).toBe(true);
  });

  it('judges nothing for a question about no place, about a region around a gemeente, or about a region that is no province', () => {
    expect(sentencesAboutOtherPlaces('Wat is taakgerichte bekostiging?')).toBeUndefined();
    expect(sentencesAboutOtherPlaces('Wie is bestuurlijk woordvoerder jeugdhulp in de regio Alkmaar?')).toBeUndefined();
    expect(sentencesAboutOtherPlaces('Welke Twentse gemeenten werken samen?')).toBeUndefined();
  });
});

describe('an answer about the gemeente asked for', () => {
  // One overview naming several gemeenten: the Zaanstad sentence stands right before the Rotterdam one.
  const overview = testChunk('teams', 'Zaanstad bereidde zich met vijf jeugdteams voor op de decentralisatie van 2015. Rotterdam organiseerde in 2019 wijkgerichte bijeenkomsten om de samenwerking van de wijkteams met ketenpartners te verstevigen. Den Haag besteedde in 2020 ongeveer 6% van de lasten aan jeugdteams en wijkteams.');
  const composer = composerOver([overview]);

  it('leaves out the sentences about other gemeenten around the one that answers', () => {
    const answer = composer.compose({ question: 'Hoe verstevigde Rotterdam in 2019 de samenwerking van de wijkteams?', language: 'nl', passages: [foundPassage(overview)] });
    expect(answer.answer).toMatch(/^Rotterdam organiseerde/);
    expect(answer.answer).not.toContain('Zaanstad');
    expect(answer.answer).not.toContain('Den Haag');
  });
});
