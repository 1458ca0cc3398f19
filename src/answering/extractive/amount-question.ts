import { findGemeenten } from '../../lib/gemeenten/index.ts';
import type { ScoredSentence } from './scored-sentence.ts';
import type { TermMatcher } from './term-matcher.ts';
import { gemeentenMissingFromPassages } from './evidence.ts';
import { asksForAmount, givesAmount } from './money.ts';

/**
 * "Wat kost een uur huishoudelijke hulp in Amsterdam?", "Wat is het budget van Hollands Kroon voor
 * Incluzio?", "What hourly rate does Tilburg pay …?": a question for an amount of money of a named
 * gemeente. Passages about that gemeente that give no such amount do not answer it, however well
 * they match its other words; quoting them would suggest an answer that is not there.
 */
interface AskedMeasure {
  /** The question asks for this measure. */
  asked: RegExp;
  /** A sentence that gives it names it so. */
  named: RegExp;
}

const MEASURES: AskedMeasure[] = [
  { asked: /\b(uurtarief|per uur|een uur|hourly|per hour|an hour)\b/i, named: /\b(uur|uurtarief|uurprijs|hour|hourly)\b/i },
  { asked: /\b(tarief|tarieven|rate|rates|prijs|price)\b/i, named: /\b(tarief|tarieven|prijs|prijzen|kostprijs|bedrag|bedraagt|rate|price)\b/i },
  { asked: /\b(budget|begroot|begroting|budgeted)\b/i, named: /\b(budget|begroot|begroting|lumpsum)\b/i },
  { asked: /\b(wat kost|wat kosten|hoeveel kost|kosten|uitgaven|uitgegeven|cost|costs|spend|spent)\b/i, named: /\b(kost|kosten|kostte|uitgaven|uitgegeven|bedrag|bedraagt|cost|spent)\b|€/i },
];

/** The best sentences among which the amount must stand. */
const AMOUNT_CANDIDATES = 12;

/**
 * Whether the question asks for an amount of a named gemeente that none of the best sentences of the
 * documents about that gemeente gives.
 */
export function amountNotInSources(options: { question: string; scored: readonly ScoredSentence[]; terms: TermMatcher }): boolean {
  const { question, scored, terms } = options;
  if (!asksForAmount(question)) return false;
  if (!findGemeenten({ text: question }).some((mention) => mention.refersTo === 'gemeente')) return false;
  const measure = MEASURES.find((candidate) => candidate.asked.test(question));
  if (!measure) return false;
  const askedLaw = lawOf(question);
  return !scored.slice(0, AMOUNT_CANDIDATES).some((sentence) => {
    const text = sentence.candidate.text;
    if (!givesAmount(text) || !measure.named.test(text)) return false;
    // Asked what the Wmo costs, the cost of youth care is another amount (and the other way round).
    const law = lawOf(text);
    if (askedLaw && law && law !== askedLaw) return false;
    return gemeentenMissingFromPassages({ question, present: terms.documentTerms(sentence.passage.chunk.docId), terms }).length === 0;
  });
}

const WMO = /\b(wmo|maatschappelijke ondersteuning|huishoudelijke (hulp|ondersteuning)|beschermd wonen|social support|household help)\b/i;
const YOUTH = /\b(jeugd\w*|jongeren|youth|young people)\b/i;

/** The social-domain law a text is about when it names one and not the other: the Wmo or youth care (Jeugdwet). */
function lawOf(text: string): 'wmo' | 'jeugd' | undefined {
  const wmo = WMO.test(text);
  const youth = YOUTH.test(text);
  return wmo === youth ? undefined : wmo ? 'wmo' : 'jeugd';
}
