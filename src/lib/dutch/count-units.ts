import { escapeRegExp } from '../index.ts';

/**
 * Nouns that make a number a count ("1.200 jeugdigen", "350 placements"). Lower case; matched
 * as whole words directly after the number (or after a scale word: "1,2 miljoen inwoners").
 */
export const countUnits: readonly string[] = [
  // Dutch
  'jeugdigen', 'jeugdige', 'jongeren', 'jongere', 'kinderen', 'kind', 'cliënten', 'clienten', 'cliënt', 'client',
  'inwoners', 'inwoner', 'personen', 'persoon', 'mensen', 'gezinnen', 'gezin', 'huishoudens', 'plaatsingen',
  'plaatsing', 'plaatsen', 'plekken', 'bedden', 'trajecten', 'traject', 'jeugdhulptrajecten', 'verwijzingen',
  'toewijzingen', 'indicaties', 'aanbieders', 'aanbieder', 'zorgaanbieders', 'gemeenten', 'gemeentes', 'regio\'s',
  'uren', 'uur', 'dagen', 'dag', 'dagdelen', 'etmalen', 'etmaal', 'weken', 'maanden', 'fte', 'medewerkers',
  'contracten', 'meldingen', 'aanmeldingen', 'wachtenden', 'casussen', 'zaken', 'pleeggezinnen', 'pleegkinderen',
  // English
  'young people', 'youths', 'youth', 'children', 'child', 'clients', 'residents', 'inhabitants', 'people', 'persons',
  'families', 'households', 'placements', 'placement', 'beds', 'trajectories', 'trajectory', 'referrals',
  'providers', 'provider', 'municipalities', 'hours', 'hour', 'days', 'day', 'weeks', 'months', 'staff',
  'employees', 'contracts', 'cases', 'foster families',
];

/** Alternation for a regex, longest first so "young people" wins over "people". */
export const countUnitPattern = [...countUnits]
  .sort((a, b) => b.length - a.length)
  .map((unit) => escapeRegExp(unit).replace(/ /g, '\\s+'))
  .join('|');
