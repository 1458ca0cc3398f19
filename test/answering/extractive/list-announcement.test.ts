import { describe, expect, it } from 'vitest';
import { enumeratesItems, inlineListCount, listAnnouncementOf, listItemsAfter } from '../../../src/answering/extractive/list-announcement.ts';

describe('listAnnouncementOf', () => {
  it('reads a counted plural as an announcement of that many items', () => {
    expect(listAnnouncementOf('De VNG noemt drie gebieden waarop gemeenten in deze fase actie moeten ondernemen.')).toEqual({ count: 3 });
    expect(listAnnouncementOf('Er zijn 4 basisvormen.')).toEqual({ count: 4 });
  });

  it('reads a colon and "de volgende" as announcements', () => {
    expect(listAnnouncementOf('De wijkteams hebben de volgende taken:')).toEqual({ colon: true });
    expect(listAnnouncementOf('De iJw-codelijst kent de volgende categorieën.')).toEqual({ prose: true });
    expect(listAnnouncementOf('De volgende stap is een evaluatie.')).toEqual({});
  });

  it('does not read a sentence that lists its own items, or a plain count, as an announcement', () => {
    expect(listAnnouncementOf('De Jeugdautoriteit werkt op vier manieren, namelijk bemiddelen, aanspreken en steunen.')).toBeUndefined();
    expect(listAnnouncementOf('Het onderzoek duurde twee jaar, van 2019 tot 2021.')).toBeUndefined();
    expect(listAnnouncementOf('Taakgerichte bekostiging maakt de uitgaven beter voorspelbaar.')).toBeUndefined();
  });
});

describe('listItemsAfter', () => {
  const lines = [
    'De VNG noemt drie gebieden waarop gemeenten actie moeten ondernemen.',
    'Het eerste gebied is de formatie van stevige lokale teams.',
    'Het tweede gebied is een ander schaalniveau voor specialistische jeugdhulp.',
    'Het derde gebied is de afbouw van residentieel verblijf.',
    'Een van de eerste actiepunten was een scan van de jeugdhulpregio’s.',
  ];

  it('takes the sentences that open with an ordinal, up to the announced count', () => {
    expect(listItemsAfter(lines, 0, { count: 3 })).toEqual([1, 2, 3]);
  });

  it('takes list lines after a colon and stops at the first line that is no item', () => {
    const list = ['De wijkteams hebben drie taken:', '- vroegsignalering', '- lichte hulp', '- verwijzing', 'Voorbeeldstad werkt sinds 2019 met zes wijkteams en een centraal loket voor alle inwoners van de gemeente, ook voor volwassenen met vragen over de Wmo en over schulden en werk.'];
    expect(listItemsAfter(list, 0, { count: 3, colon: true })).toEqual([1, 2, 3]);
  });

  it('after "de volgende <items>." takes the rest of the paragraph, not the next paragraph', () => {
    const prose = [
      'Een overstap vraagt om de volgende randvoorwaarden.',
      'Een gemeente houdt haar visie centraal.',
      'Een gemeente sluit een langjarig contract.',
      'Bereid alle betrokkenen goed voor.',
    ];
    expect(listItemsAfter(prose, 0, { prose: true }, [0, 0, 0, 1])).toEqual([1, 2]);
    expect(listItemsAfter(prose, 0, {}, [0, 0, 0, 1])).toEqual([]);
    // One item announced, but the paragraph goes on after it: not a list of its own.
    expect(listItemsAfter(prose, 0, { prose: true, count: 1 }, [0, 0, 0, 1])).toEqual([]);
  });

  it('ends prose items written alike where the paragraph turns to something else', () => {
    const codes = [
      'Tabel 85099NED gebruikt de volgende codes.',
      'Code A045561 staat voor het totaal van jeugdzorg.',
      'Code A045560 staat voor het totaal van jeugdhulp.',
      'Code A027918 staat voor jeugdhulp met verblijf.',
      'De cijfers zijn ingedeeld naar woonplaatsbeginsel.',
    ];
    expect(listItemsAfter(codes, 0, { prose: true }, [0, 0, 0, 0, 0])).toEqual([1, 2, 3]);
  });

  it('takes the items of one block of lines: the paragraph after a bulleted list is no item', () => {
    const html = ['Daarnaast werken het rijk en gemeenten aan:', '- Financiële verhoudingen', '- Meerjarig financieel kader', 'De J42 komt elke vergadering terug.', 'U kunt zich aanmelden via de VNG.'];
    expect(listItemsAfter(html, 0, { colon: true }, [0, 1, 1, 2, 2])).toEqual([1, 2]);
    expect(listItemsAfter(['De taken zijn:', 'vroegsignalering', 'lichte hulp'], 0, { colon: true }, [0, 0, 0])).toEqual([1, 2]);
  });

  it('after "… vier kenmerken." takes the next four sentences of its paragraph, when it has that many', () => {
    const prose = ['Taakgericht werken heeft drie kenmerken.', 'Een budget.', 'Een taak.', 'Een doelgroep.', 'Dat vat Peeters samen.', 'Volgende alinea.'];
    expect(listItemsAfter(prose, 0, { count: 3 }, [0, 0, 0, 0, 0, 1])).toEqual([1, 2, 3]);
    expect(listItemsAfter(prose, 0, { count: 3 }, [0, 0, 0, 1, 1, 1])).toEqual([]);
  });

  it('takes nothing when the next sentences are not items', () => {
    expect(listItemsAfter(['Er zijn twee weken voor een beschikking.', 'Het onderzoek na een melding duurt zes weken.'], 0, { count: 2 })).toEqual([]);
  });
});

describe('inlineListCount', () => {
  it('counts a sentence that announces and lists its items', () => {
    expect(inlineListCount('De Jeugdautoriteit doet dat op vier manieren: bemiddelen, aanspreken, liquiditeitssteun bieden en bestuurlijke maatregelen voorbereiden.')).toBe(4);
    expect(inlineListCount('Het model kent vier hefbomen, namelijk belief systems, boundary systems, diagnostic control systems en interactive control systems.')).toBe(4);
  });

  it('does not count an announcement without its items', () => {
    expect(inlineListCount('De VNG noemt drie gebieden waarop gemeenten actie moeten ondernemen.')).toBeUndefined();
    expect(inlineListCount('Het onderzoek duurde twee jaar: het begon in 2019.')).toBeUndefined();
  });

  it('recognises a sentence that names three or more things in a row', () => {
    expect(enumeratesItems('Veel aanbieders meten uitval, tevredenheid en doelrealisatie al.')).toBe(true);
    expect(enumeratesItems('Het gaat om Delft, Den Haag, Rijswijk of Zoetermeer.')).toBe(true);
    expect(enumeratesItems('De gemeente en de aanbieder spreken een prijs af.')).toBe(false);
    expect(enumeratesItems('In 2019, na lang overleg, stopte het contract.')).toBe(false);
  });
});
