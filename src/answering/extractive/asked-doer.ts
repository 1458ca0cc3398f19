import type { TermMatcher } from './term-matcher.ts';

/*
 * "Wie kiest bij open house de aanbieder?", "Who decides on the budget?": a who-question with a full
 * verb asks for whoever does it. A sentence in which someone does that verb answers it
 * ("De inwoner kiest vervolgens zelf …"), named or not: a role or a body is an answer as much as a name.
 */

/** "Wie"/"who" and the verb after it. */
const WHO_VERB = /^\s*(?:wie|who)\s+([\p{L}-]+)/iu;

/** "Wie is verantwoordelijk …?", "Who is responsible …?": a duty named by an adjective after the copula. */
const WHO_IS_ROLE = /^\s*(?:wie|who)\s+(?:is|zijn|was|waren|are|were)\s+(verantwoordelijk|bevoegd|aansprakelijk|belast|responsible|accountable|liable|in charge)\b/iu;

/** Verbs that say nothing of what is done: "Wie is …?" asks who holds a role (role-question.ts). */
const NO_FULL_VERB = /^(is|was|zijn|waren|wordt|werd|worden|werden|heeft|had|hebben|hadden|kan|kon|kunnen|konden|moet|moest|moeten|mag|mocht|mogen|zal|zou|zullen|zouden|gaat|ging|gaan|are|were|has|have|had|does|did|do|can|could|will|would|should|must|may|might)$/i;

/** A stem this long and a longer one starting with it are one verb ("kies" / "kiest"). */
const MIN_SHARED_VERB_STEM = 4;

/**
 * The terms of the verb a who-question asks about ("Wie kiest …?" → kiest; "Who chooses …?" → its
 * Dutch translations), or undefined when the question asks no who-does-what.
 */
export function askedDoerVerbTerms(question: string, terms: TermMatcher): readonly string[] | undefined {
  // "Wie is verantwoordelijk voor …?", "Who is responsible for …?": being responsible is what is done.
  const verb = WHO_IS_ROLE.exec(question)?.[1] ?? WHO_VERB.exec(question)?.[1];
  if (!verb || NO_FULL_VERB.test(verb)) return undefined;
  const verbTerms = [...terms.queryTerms(verb)].filter(([, weight]) => weight >= 0.5).map(([term]) => term);
  return verbTerms.length > 0 ? verbTerms : undefined;
}

/**
 * Whether someone in the sentence does the asked verb: the sentence has it, not as its opening word
 * (a sentence opening with the verb asks or orders; the doer stands before the verb in a statement).
 */
export function doesAskedVerb(sentence: string, verbTerms: readonly string[], terms: TermMatcher): boolean {
  const [opening, ...rest] = terms.sentenceTerms(sentence);
  return opening !== undefined && rest.some((term) => term !== opening && verbTerms.some((verb) => sameVerb(term, verb)));
}

function sameVerb(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_SHARED_VERB_STEM && longer.startsWith(shorter) && longer.length - shorter.length <= 1;
}
