import { findGemeenten } from '../lib/gemeenten/index.ts';
import { findPeriods } from '../lib/dutch/index.ts';

export interface ResolvedQuestion {
  question: string;
  /** true when the question was completed from the previous one ("en in Den Haag?"). */
  rewritten: boolean;
}

const ELLIPSIS_START = /^\s*(en|and|maar|but|wat als|what if|hoe zit (dat|het)|how about|what about|idem|dezelfde vraag|same question|en dan|ook)\b/i;
/** Words that point back at the previous question; "dit jaar" or "die aanbieder" alone do not. */
const ANAPHORA = /\b(daarvan|daarbij|daarover|hiervan|hierover|dezelfde|hetzelfde|the same|of that|about that|of it)\b/i;
const PER_THOUSAND = /\bper\s+(1[.,]?000|duizend|thousand)(\s+(inwoners|inhabitants))?\b/i;

/**
 * Completes an elliptical follow-up from the previous question, so that every turn can be answered
 * on its own: "en in Den Haag?" after a question about Utrecht swaps the gemeente, "en in 2022?"
 * swaps the period, "hoe zit dat per 1.000 inwoners?" adds the rate, and a short follow-up on a topic
 * ("en de risico's daarvan?") is read together with the previous question.
 */
export function resolveFollowUp(options: { question: string; previous?: string; today: Date }): ResolvedQuestion {
  const { question, previous, today } = options;
  const words = question.trim().split(/\s+/).length;
  if (!previous || words > 12 || !(ELLIPSIS_START.test(question) || (words <= 8 && ANAPHORA.test(question)))) {
    return { question, rewritten: false };
  }
  let resolved = previous.replace(/[?？]\s*$/, '');
  let changed = false;

  const newGemeenten = findGemeenten({ text: question });
  if (newGemeenten.length > 0) {
    const oldGemeenten = findGemeenten({ text: resolved });
    const names = newGemeenten.map((m) => m.raw).join(' en ');
    resolved = oldGemeenten.length > 0 ? replaceSpans(resolved, oldGemeenten.map((m) => ({ index: m.index, length: m.raw.length })), names) : `${resolved} in ${names}`;
    changed = true;
  }
  const newPeriods = findPeriods({ text: question, today });
  if (newPeriods.length > 0) {
    const oldPeriods = findPeriods({ text: resolved, today });
    const period = newPeriods.map((p) => p.raw).join(' en ');
    resolved = oldPeriods.length > 0 ? replaceSpans(resolved, oldPeriods.map((p) => ({ index: p.index, length: p.raw.length })), period) : `${resolved} ${period}`;
    changed = true;
  }
  if (PER_THOUSAND.test(question) && !PER_THOUSAND.test(resolved)) {
    resolved = `${resolved}, per 1.000 inwoners`;
    changed = true;
  }
  if (!changed) return { question: `${question.replace(/[?？]\s*$/, '')} (${resolved})?`, rewritten: true };
  return { question: `${resolved}?`, rewritten: true };
}

/** Replaces the first span with the text and removes the others (and a joining "en"/"and" between them). */
function replaceSpans(text: string, spans: { index: number; length: number }[], replacement: string): string {
  const sorted = [...spans].sort((a, b) => b.index - a.index);
  let result = text;
  sorted.forEach((span, i) => {
    const isFirst = i === sorted.length - 1;
    result = result.slice(0, span.index) + (isFirst ? replacement : '') + result.slice(span.index + span.length);
  });
  return result.replace(/\s+(en|and|,)\s+(?=[?,.]|$)/g, '').replace(/\s{2,}/g, ' ').replace(/\s+(en|and)\s+(en|and)\s+/g, ' en ');
}
