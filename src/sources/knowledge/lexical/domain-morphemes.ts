/**
 * Built-in Dutch word parts of the social domain, used to split compounds even when the
 * corpus never contains the part on its own (`budgetplafond` → `budget` + `plafond`).
 * They are atomic: never split themselves (`bestuur` is not `best` + `uur`).
 * Diacritics folded, lowercase, uninflected.
 */
export const DOMAIN_MORPHEMES: readonly string[] = [
  'aanbieder', 'afspraak', 'arrangement', 'basis', 'begeleiding', 'behandeling', 'beleid',
  'bekostiging', 'bericht', 'beschikking', 'bestuur', 'budget', 'burger', 'client', 'contract', 'crisis',
  'dag', 'declaratie', 'dienst', 'doel', 'financiering', 'gebied', 'gemeente', 'gericht',
  'gezin', 'ggz', 'grens', 'huis', 'hulp', 'inkoop', 'inzet', 'jeugd', 'kind',
  'kosten', 'last', 'lijst', 'lokaal', 'maatwerk', 'model', 'ouder', 'overleg', 'partner',
  'plaatsing', 'plafond', 'plan', 'pleeg', 'prijs', 'product', 'profiel', 'raad', 'rand',
  'regio', 'resultaat', 'risico', 'sociaal', 'sturing', 'taak', 'tarief', 'team', 'toegang',
  'toewijzing', 'traject', 'uur', 'uitvoering', 'variant', 'verblijf', 'verlening',
  'volume', 'voorwaarde', 'voorziening', 'vorm', 'wacht', 'werk', 'wet', 'wijk', 'zorg',
];
