/**
 * Snowball's Dutch stop word list plus question words, diacritics folded. Domain words such as `zorg`, `jeugd`
 * and `wet` are deliberately not in it.
 */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set([
  // question fillers that carry no content
  'eigenlijk', 'precies', 'nou', 'even', 'graag', 'ongeveer',
  // modal verbs of questions ("moeten wij …", "mogen we …")
  'moeten', 'zullen', 'mogen', 'mag', 'willen', 'wil', 'zouden',
  'de', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'een', 'hij', 'het', 'niet', 'zijn', 'is',
  'was', 'op', 'aan', 'met', 'als', 'voor', 'had', 'er', 'maar', 'om', 'hem', 'dan', 'zou', 'of',
  'wat', 'mijn', 'men', 'dit', 'zo', 'door', 'over', 'ze', 'zich', 'bij', 'ook', 'tot', 'je',
  'mij', 'uit', 'der', 'daar', 'haar', 'naar', 'heb', 'hoe', 'heeft', 'hebben', 'deze', 'u',
  'want', 'nog', 'zal', 'me', 'zij', 'nu', 'ge', 'geen', 'omdat', 'iets', 'worden', 'toch', 'al',
  'waren', 'veel', 'meer', 'doen', 'toen', 'moet', 'ben', 'zonder', 'kan', 'hun', 'dus', 'alles',
  'onder', 'ja', 'eens', 'hier', 'wie', 'werd', 'altijd', 'doch', 'wordt', 'wezen', 'kunnen',
  'ons', 'zelf', 'tegen', 'na', 'reeds', 'wil', 'kon', 'niets', 'uw', 'iemand', 'geweest', 'andere',
  // Question words and pronouns common in questions to the assistant.
  'welk', 'welke', 'waarom', 'wanneer', 'waar', 'we', 'wij', 'jullie', 'onze', 'kunt',
]);
