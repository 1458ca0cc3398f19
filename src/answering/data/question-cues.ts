/**
 * Word patterns that tell a data question from a knowledge question. Matched on the lower-cased
 * question with diacritics removed ("residentiële" → "residentiele"). When in doubt a question is
 * left to the knowledge path: a wrongly routed knowledge question gets a wrong figure, a missed
 * data question only gets a knowledge answer.
 */
export function plainText(question: string): string {
  return question.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** Words that may follow "hoeveel"/"how many"/"aantal" in a question about our data or CBS figures. */
const countedWords = new Set(
  ('jongeren jongere kinderen kind jeugdigen young children youths kids inwoners inhabitants residents people mensen personen ' +
    'clienten client clients residentiele residential plaatsingen plaatsing placements nieuwe new lopende running euro geld money ' +
    'procent percent jeugdhulp jeugdzorg youth verblijf uithuisplaatsingen jeugdbescherming jeugdreclassering toewijzingen ' +
    'allocations had hadden heeft hebben has have did do does is was waren were zijn kost kostte kostten kosten cost costs gaven ' +
    'geven gaf spent spend uitgaven uitgegeven dagen days van of bij in onze our we wij er there').split(' '),
);

const countQuestion = /\b(?:hoeveel|how many|how much|aantal|number of)\s+(\p{L}+)/gu;
const figureQuestion =
  /\b(?:per\s*1[.,]?000|per duizend|per thousand|inwonertal|population|what percentage|welk percentage|wat (?:is|was|waren|zijn) (?:het |de |onze |ons )?(?:aantal|aandeel|percentage|inwonertal|kosten|uitgaven|gemiddelde)|what (?:is|was|were|are) (?:the |our )?(?:number|share|percentage|population|cost|costs|average))\b/;

/** Asks for a figure: "hoeveel jongeren", "how many young people", "per 1.000 inwoners", "wat waren de kosten". */
export function asksForFigure(plain: string): boolean {
  if (figureQuestion.test(plain)) return true;
  for (const match of plain.matchAll(countQuestion)) if (countedWords.has(match[1] ?? '')) return true;
  return false;
}

/**
 * The whole country as the place a figure is asked for: "Hoeveel inwoners heeft Nederland?", "… in
 * heel Nederland", "landelijk", "How many … in the Netherlands?". Not an organisation that carries the
 * name ("Jeugdzorg Nederland").
 */
export const asksForNation =
  /\b(?:in|van|voor|heeft|had|telt|telde) (?:heel )?nederland\b|^nederland (?:heeft|had|telt|telde)\b|\blandelijk\b|\b(?:in|of|for) the netherlands\b|\b(?:does|did) the netherlands\b|\bnationally\b|\bnationwide\b/;

/** Reasoning, advice, sources and national questions: the knowledge base answers these. */
export const asksForKnowledge =
  /^(?:hoe (?:heeft|hebben|kan|kunnen|kun|moet|moeten|werkt|zorg|hard|sterk|snel)|waarom|why|how (?:did|do|does|can|could|should|fast|hard|strongly)|moeten|moet|should|welke|which|wat (?:is|zijn) (?:de |het )?(?:risico|voordel|nadel|verschil|idee|doel))|\b(?:volgens|according to|onderzoek|research|study|heb ik nodig|do i need|waar vind ik|where (?:do|can) i find|hoe bereken|how (?:do i|to) calculate|landelijk|nationally|nederland|netherlands)\b/;

/**
 * Counts things no indicator or registration counts: "How many youth care providers did the region
 * contract?", "Hoeveel gemeenten …", "hoeveel rechtszaken …". The figure for young people with youth
 * care would answer another question.
 */
export const countsOtherThings =
  /\b(?:hoeveel|how many|aantal|number of)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*aanbieders?|providers?|organisaties|organisations|organizations|consortia|consortiums?|samenwerkingsverbanden|instellingen|institutions|leveranciers|suppliers|contracten|contracts|rechtszaken|lawsuits|gemeenten|gemeentes|municipalities|regio'?s|regions|medewerkers|employees|consulenten|wijkteams|teams)\b/u;

/** Qualifiers the catalogue's indicators do not cover: a figure for them would answer another question. */
export const uncoveredQualifier = /\b(?:specialistische?|specialist|gesloten|secure|closed|ggz|pgb|generalistische?|wmo|volwassenen|adults|gemiddeld per|tekort|deficit|shortfall|overspend|overspent|overspending|overschrijding|wachtlijst\w*|waiting)\b/;

/**
 * Some of the inhabitants, not all: "Hoeveel inwoners van Nissewaard hebben problematische schulden?",
 * "How many Rotterdam residents have debts …?". The population figure would answer another question.
 */
export const subsetOfInhabitants = /\b(?:inwoners|mensen) (?:met|die|zonder)\b|\b(?:inwoners|mensen) van [\p{L}'’ -]+? (?:hebben|krijgen|ontvangen|gebruiken|maken|leven|wonen)\b|\b(?:inhabitants|residents|people) (?:with|who|without|have|receive|use|live)\b/u;

/** The gemeente's own registration: "we", "onze", "bij ons", "our". */
export const ownData = /\b(?:we|wij|ons|onze|bij ons|our|us|eigen registratie|own registration|toewijzingen)\b/;

/** Rate per 1,000 inhabitants. */
export const perThousandInhabitants = /per\s*(?:1[.,]?000|duizend|thousand)\s*(?:inwoners|inhabitants|residents|people)?/;

/** Number of years of a comparison: "over 4 jaar", "for 5 years", "looptijd van 8 jaar". */
export const yearsSpan = /\b(?:over|voor|gedurende|looptijd van|in|for|over a period of|during)\s+(\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:jaar|jaren|years?)\b/;
