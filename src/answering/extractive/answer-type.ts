import { gemeenteCodesIn } from '../../lib/gemeenten/index.ts';
import { NUMBER_WORD_VALUES } from '../../lib/dutch/index.ts';
import { asksForAmount, givesAmount } from './money.ts';

/** What kind of thing a question asks for, so that sentences holding that kind of thing rank higher. */
export type AnswerType = 'time' | 'quantity' | 'reason' | 'means' | 'names' | 'gemeenten';
export const ANSWER_TYPES: readonly AnswerType[] = ['time', 'quantity', 'reason', 'means', 'names', 'gemeenten'];

/**
 * "Wanneer"/"when" asks for a time opening the question or after a preposition or "en" ("Sinds wanneer",
 * "By when", "… en tot wanneer?"); inside a clause it only says in which case ("What does a provider send
 * when care starts?").
 */
const TIME_QUESTION = /\b(hoeveel tijd|binnen hoeveel|binnen welke (?:termijn|tijd|periode)|welke (?:beslis)?termijn|wat (?:is|zijn) de (?:wettelijke )?(?:beslis)?termijn(?:en)?|within what (?:time|period|timeframe|term)|what (?:is the )?(?:deadline|time limit)|in welk jaar|welke jaren|welk jaar|hoe lang|hoe vaak|hoe snel|which years?|what year|how long|how often|how frequently|how quickly|how soon|how fast)\b|(^\s*|\b(sinds|vanaf|tot|per|en|since|from|until|till|by|and)\s+)(wanneer|when)\b/i;
const QUANTITY_QUESTION = /\b(hoeveel|hoe groot|hoe hoog|wat kost|welke? (?:[\p{L}-]+ ){0,2}(bedrag|bedragen|percentage|aandeel|aantal|tekort|tekorten|overschot|budget|tarief|uurtarief|tarieven)|wat (is|was) het (inwonertal|aantal|tekort|bedrag|budget|percentage|aandeel)|how many|how much|how large|how big|what (?:[\p{L}-]+ ){0,2}(amount|percentage|share|rate|hourly rate|deficit|shortfall|surplus|budget|number)|what (is|was|are|were) the (population|number|total|size|amount|share|percentage|deficit|shortfall|budget|cost|costs))\b/iu;
const REASON_QUESTION = /^\s*(waarom|waardoor|hoe komt het|om welke reden|wat (is|was|zijn|waren) de (reden|redenen|oorzaak|oorzaken)|wat veroorzaakt|why|how come|what (causes|caused|explains|drove|led to)|what(?: is|'s| was) causing|what (is|was|are|were) the (reasons?|causes?))\b|\b(waarom|waardoor|why|how come|what(?: is|'s| was) causing)\b/i;
const NAMES_QUESTION = /^\s*(wie|who)\b|\b(welke?|which) (?:[\p{L}-]+ ){0,2}(organisaties|organisatie|partijen|partij|aanbieders|aanbieder|gemeenten|partners|instellingen|instelling|bureau|onderzoeksbureau|adviesbureau|bedrijf|leverancier|wethouder|organisations?|organizations?|parties|party|providers?|municipalities|agency|firm|company|supplier|alderman|consultancy|consultants?)\b|\b(uit welke|met welke) (organisaties|partijen|aanbieders)\b/iu;
const GEMEENTEN_QUESTION = /\b(welke|which) (?:[\p{L}-]+ ){0,2}(gemeenten|gemeentes|municipalities|steden|cities)\b/iu;
const MEANS_QUESTION = /^\s*(hoe|how|op welke manier|in what way|wat doe[nt]?)\b/i;

export function expectedAnswerType(question: string): AnswerType | undefined {
  if (TIME_QUESTION.test(question)) return 'time';
  if (QUANTITY_QUESTION.test(question)) return 'quantity';
  if (GEMEENTEN_QUESTION.test(question)) return 'gemeenten';
  if (NAMES_QUESTION.test(question)) return 'names';
  if (REASON_QUESTION.test(question)) return 'reason';
  if (MEANS_QUESTION.test(question)) return 'means';
  return undefined;
}

/** Asks how long something takes or lasts, not when: a duration answers it, a year does not. */
const DURATION_QUESTION = /\b(hoe lang|hoeveel tijd|binnen hoeveel|binnen welke (?:termijn|tijd|periode)|welke (?:beslis)?termijn|how long|how much time|within how many|within what (?:time|period|timeframe|term)|what (?:is the )?(?:deadline|time limit))\b/i;
/** Asks how often: a frequency answers it ("tweemaal per jaar"), a year or a duration does not. */
const FREQUENCY_QUESTION = /\b(hoe vaak|hoe frequent|how often|how frequently)\b/i;
const FREQUENCY = /\b(eenmaal|tweemaal|driemaal|viermaal|\w+ keer) per (dag|week|maand|kwartaal|jaar)\b|\b(jaarlijks|halfjaarlijks|maandelijks|wekelijks|dagelijks|per kwartaal|elk jaar|ieder jaar|elke maand|iedere maand|elke week|annually|monthly|weekly|daily|twice a year|once a year|every year)\b|\belke \w+ (dagen|weken|maanden|jaar)\b/i;
/** A count of days, weeks, months or years: a number or a number word ("twee", "tweeënhalf", "three"). */
const DURATION_COUNT = ['\\d[\\d,.]*', ...Object.keys(NUMBER_WORD_VALUES).sort((a, b) => b.length - a.length)].join('|');
const DURATION_UNIT = 'dag|dagen|werkdagen|week|weken|maand|maanden|jaar|jaren|days?|weeks?|months?|years?';
const DURATION = new RegExp(`(?<![\\p{L}\\d])(${DURATION_COUNT})\\s+(${DURATION_UNIT})(?![\\p{L}\\d])`, 'iu');

/** How long, said as until when: "tot eind 2020", "tot 1 juli 2023", "until the end of 2024". */
const UNTIL = /\b(tot( en met)?|t\/m|until|till)\s+((eind|begin|medio|half|de zomer van|het einde van|the end of|end of|mid)\s+)?(\d{1,2}\s+)?((1[89]|20)\d{2}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)\b/i;

/** A duration ("binnen twee weken", "tweeënhalf jaar") or until when ("tot eind 2020"). */
export function statesDuration(sentence: string): boolean {
  return DURATION.test(sentence) || UNTIL.test(sentence);
}

/**
 * For a question that asks for a narrower kind than its answer type, whether a sentence gives that
 * kind: asked for money, an amount ("Twee derde van de gemeenten" gives a number, not an amount);
 * asked how long, a duration ("binnen twee weken", not "in 2021"); asked how often, a frequency
 * ("tweemaal per jaar", not "ruim een jaar geleden").
 */
export function narrowerKind(question: string, type: AnswerType | undefined): ((sentence: string) => boolean) | undefined {
  if (type === 'quantity' && asksForAmount(question)) return givesAmount;
  if (type === 'time' && FREQUENCY_QUESTION.test(question)) return (sentence) => FREQUENCY.test(sentence);
  if (type === 'time' && DURATION_QUESTION.test(question)) return statesDuration;
  return undefined;
}

/** Number words that count ("zestien", "drie", "twenty"), not "een"/"één"/"one"/"half"/"anderhalf", which mostly do not. */
const COUNT_WORDS = [...Object.keys(NUMBER_WORD_VALUES).filter((word) => NUMBER_WORD_VALUES[word]! >= 2), 'duizend', 'miljoen', 'miljard', 'helft', 'kwart', 'half', 'thousand', 'million', 'billion']
  .sort((a, b) => b.length - a.length)
  .join('|');

const SENTENCE_PATTERNS: Record<Exclude<AnswerType, 'gemeenten' | 'names'>, RegExp> = {
  // A year, a month, or a frequency ("tweemaal per jaar", "jaarlijks"); a duration ("15,5 weken",
  // "tweeënhalf jaar") is DURATION. A year in the name of a law ("Wmo 2015") dates nothing.
  time: /(?<!\bWmo[\s-])\b(1[89]\d{2}|20\d{2})\b|\b(eenmaal|tweemaal|driemaal|viermaal|\w+ keer) per (dag|week|maand|kwartaal|jaar)\b|\b(jaarlijks|maandelijks|wekelijks|dagelijks|per kwartaal|elk jaar|elke maand|elke week|annually|monthly|weekly|daily|twice a year|once a year)\b|\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)\b/i,
  // A number that is no year and no code ("JW301"), or a number word.
  quantity: new RegExp(`(^|[^\\p{L}\\d])(?!(?:19|20)\\d{2}(?!\\d|[.,]\\d))\\d[\\d.,]*(?![\\p{L}\\d])|(?<!\\p{L})(${COUNT_WORDS})(?!\\p{L})`, 'iu'),
  // A cause ("omdat", "doordat", "oorzaken") or a purpose ("om … te", "voorwaarde om").
  reason: /\b(omdat|doordat|aangezien|daardoor|waardoor|zodat|want|dankzij|vanwege|wegens|oorzaak|oorzaken|reden|redenen|aanleiding|leidt tot|leidde tot|komt door|het gevolg|als gevolg van|te wijten aan|te verklaren|verklaart|verklaard|verklaring|voorwaarde om|because|due to|caused by|so that|as a result|in order to|explained by)\b|\bom\b[^.,;]{3,80}\bte\b/i,
  means: /\b(door|via|met behulp van|door middel van|middels|dankzij|waarmee|waarbij|zodat|by|through|using)\b/i,
};

/** Opening words of a sentence that are no part of a name. */
const NOT_A_NAME_OPENING = /^["'“‘]?(de|het|een|in|op|voor|bij|met|van|uit|naar|ook|dat|dit|deze|die|als|zo|en|maar|volgens|sinds|na|tot|the|a|an|on|at|for|by|with|from|since|after)\s/i;

/** A sentence answers "Welke gemeenten …?" when it names at least this many. */
const MIN_GEMEENTEN_LISTED = 2;

export function sentenceHasAnswerType(sentence: string, type: AnswerType): boolean {
  if (type === 'time' && DURATION.test(sentence)) return true;
  // "Welke gemeenten …?" is answered by a sentence that names gemeenten, not by one about the gemeente the question names.
  if (type === 'gemeenten') return gemeenteCodesIn(sentence).size >= MIN_GEMEENTEN_LISTED;
  if (type === 'names') return namesIn(sentence).length > 0;
  return SENTENCE_PATTERNS[type].test(sentence);
}

/** Names: two or more capitalised words in a row, or an acronym. A name may open the sentence too ("Antoine Tromp, wethouder …"); an article or a preposition before one does not count ("De Haagse …"). */
const NAME = /\s(\p{Lu}[\p{L}\p{N}-]+(?:[\s,]+(?:en\s+|van\s+|de\s+)*\p{Lu}[\p{L}\p{N}-]+)+)/gu;

function namesIn(sentence: string): string[] {
  const padded = NOT_A_NAME_OPENING.test(sentence) ? sentence : ` ${sentence.replace(/^["'“‘]+/, '')}`;
  const names = [...padded.matchAll(NAME)].map((match) => match[1]!);
  return [...names, ...[...sentence.matchAll(ACRONYM)].map((match) => match[0])];
}

/** An organisation known by its letters: "VNG", "CBS", "KING", "GGD". */
const ACRONYM = /\b\p{Lu}{2,}(?:\/\p{Lu}{2,})*\b/gu;

/**
 * Whether a sentence names someone or something the question does not: asked "Uit welke organisaties
 * bestaan KOOS en Spoor030?", "KOOS en Spoor030 schreven in" names no one new.
 */
export function namesBeyond(sentence: string, question: string): boolean {
  const asked = new Set(question.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []);
  return namesIn(sentence).some((name) => (name.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []).some((word) => word !== 'en' && word !== 'van' && word !== 'de' && !asked.has(word)));
}
