import { asksForAmount, givesAmount } from './money.ts';
import type { ScoredSentence } from './scored-sentence.ts';

/** Asks for a count: its answer holds a number. */
const COUNT_QUESTION = /\b(hoeveel|how many)\b/i;

/**
 * Asked for an amount ("Wat kost …?", "Hoeveel budget …?") or a count ("Hoeveel …?", "How many …?"),
 * an answer whose sentences give none answers something else: the refusal that says which is missing.
 */
export function figureMissingFrom(question: string, picked: readonly ScoredSentence[]): 'amount-not-in-sources' | 'count-not-in-sources' | undefined {
  if (asksForAmount(question)) return picked.some((s) => givesAmount(s.candidate.text)) ? undefined : 'amount-not-in-sources';
  if (COUNT_QUESTION.test(question)) return picked.some((s) => s.hasAnswerType) ? undefined : 'count-not-in-sources';
  return undefined;
}
