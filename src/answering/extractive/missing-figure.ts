import { asksForAmount, givesAmount } from './money.ts';
import { narrowerKind, sentenceHasAnswerType, statesDuration } from './answer-type.ts';
import type { ScoredSentence } from './scored-sentence.ts';

/** The units of a rate a question asks for ("per inwoner", "per hour"), and how a sentence that gives one says it. A year is left out: "in 2023" gives a yearly amount. */
const RATE_UNITS: { asked: RegExp; given: RegExp }[] = [
  { asked: /\bper (inwoner|inhabitant|resident|head|capita)\b/i, given: /\bper (inwoner|hoofd)\b/i },
  { asked: /\bper (uur|hour)\b|\buurtarief\b|\bhourly\b/i, given: /\bper uur\b|\buurtarief|\buurprijs/i },
  { asked: /\bper (cliënt|client|kind|jongere|jeugdige|child|young person)\b/i, given: /\bper (cliënt|client|kind|jongere|jeugdige|deelnemer)\b/i },
  { asked: /\bper (traject|trajectory)\b|\btrajectprijs\b/i, given: /\bper traject\b|\btrajectprij/i },
  { asked: /\bper (plaatsing|plaats|placement|bed)\b/i, given: /\bper (plaatsing|plaats|bed|etmaal|dag)\b/i },
];

/** Asks "hoe lang": its answer holds a duration, a year or a date it runs until. Narrower than answer-type's duration cue, whose "binnen hoeveel tijd" is left to the scoring. */
const HOW_LONG_QUESTION = /\b(hoe lang|how long)\b/i;

/**
 * Asks for a time something takes or lasts by its name: "Wat is de wachttijd …?", "What is the contract
 * term …?". Its answer holds a duration too; the scoring does not look for one (a "binnen 2,5 jaar" of
 * another story would lead), but without one the answer gives something else.
 */
const DURATION_NOUN_QUESTION = /\b(wat (is|was|zijn|waren) de (gemiddelde |maximale )?(wachttijd|wachttijden|looptijd|doorlooptijd|contractduur)|what (is|was|are|were) the (average |maximum )?(waiting times?|duration|contract term))\b/i;

/** Asks for a count: its answer holds a number. */
const COUNT_QUESTION = /\b(hoeveel|how many)\b/i;

/**
 * Asked for an amount ("Wat kost …?", "Hoeveel budget …?"), a count ("Hoeveel …?", "How many …?") or how long ("Hoe lang …?"),
 * an answer whose sentences give none answers something else: the refusal that says which is missing.
 */
export function figureMissingFrom(question: string, picked: readonly ScoredSentence[]): 'amount-not-in-sources' | 'count-not-in-sources' | 'duration-not-in-sources' | undefined {
  if (asksForAmount(question)) {
    // "Wat kost een wijkteam per inwoner?" asks for a rate: a total ("€ 33,7 miljoen") does not give it.
    const unit = RATE_UNITS.find(({ asked }) => asked.test(question));
    return picked.some((s) => givesAmount(s.candidate.text) && (!unit || unit.given.test(s.candidate.text))) ? undefined : 'amount-not-in-sources';
  }
  if (COUNT_QUESTION.test(question)) return picked.some((s) => s.hasAnswerType) ? undefined : 'count-not-in-sources';
  // "Hoe lang duurt een contract …?" is answered by a duration or a date it runs until ("tot eind 2020") or since
  // ("sinds 2015"), not by a definition, nor by a year that says when something else happened ("per 2024").
  if (HOW_LONG_QUESTION.test(question)) return picked.some((s) => givesDuration(question, s.candidate.text)) ? undefined : 'duration-not-in-sources';
  if (DURATION_NOUN_QUESTION.test(question)) return picked.some((s) => statesDuration(s.candidate.text)) ? undefined : 'duration-not-in-sources';
  return undefined;
}

/** Since when: "sinds 2015", "vanaf 1 januari 2019", "per 1 januari 2019 ingesteld", "since 2011"; not "de inkoop per 2024". */
const SINCE_YEAR = /\b(sinds|vanaf|since|from)\s+(\d{1,2}\s+\p{L}+\s+)?(19|20)\d{2}\b|\bper\s+\d{1,2}\s+\p{L}+\s+(19|20)\d{2}\b/iu;

function givesDuration(question: string, sentence: string): boolean {
  const duration = narrowerKind(question, 'time');
  return duration ? duration(sentence) || SINCE_YEAR.test(sentence) : sentenceHasAnswerType(sentence, 'time');
}
