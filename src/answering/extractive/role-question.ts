import type { ScoredSentence } from './scored-sentence.ts';
import type { TermMatcher } from './term-matcher.ts';
import { phraseTranslations } from './word-terms.ts';

/**
 * "Wie is de wethouder jeugd van Utrecht?", "Who is the current alderman …?": a question for whoever
 * holds a role. Passages that match its other words but never name the role do not answer it;
 * quoting them ("Utrecht werkt daarin samen met de regio's …") would suggest an answer that is not there.
 */
const WHO_HOLDS = /^\s*(?:wie\s+(?:is|was|zijn|waren|wordt|werd)|who\s+(?:is|was|are|were))\s+(?:(?:de|het|the)\s+)?(?:(?:huidige|nieuwe|vorige|voormalige|current|new|former|previous)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;

/** The best sentences among which the role must be named. */
const ROLE_CANDIDATES = 12;

/**
 * Whether the question asks who holds a role that none of the best sentences names in a document
 * about the asked place (`aboutAskedPlaces`, when the question names one).
 */
export function roleNotInSources(options: { question: string; scored: readonly ScoredSentence[]; terms: TermMatcher; aboutAskedPlaces?: (docId: string) => boolean }): boolean {
  const { question, scored, terms, aboutAskedPlaces = () => true } = options;
  const [, role, next] = WHO_HOLDS.exec(question) ?? [];
  if (!role) return false;
  const roleTerms = [...terms.queryTerms(role)].filter(([, weight]) => weight >= 0.5).map(([term]) => term);
  // "Who is the lead partner …?": the two words together may name the role in Dutch (penvoerder), neither alone does.
  const phraseWeights = next ? terms.queryTerms(`${role} ${next}`) : undefined;
  roleTerms.push(...phraseTranslations(role, next, terms).filter((term) => (phraseWeights?.get(term) ?? 0) >= 0.5));
  if (roleTerms.length === 0) return false;
  return !scored.slice(0, ROLE_CANDIDATES).some((sentence) => roleTerms.some((term) => namesRole(sentence.candidate.terms, term)) && aboutAskedPlaces(sentence.passage.chunk.docId));
}

/** A role is named as such or in a longer word that starts with it ("voorzitter", "voorzitterschap"). */
function namesRole(sentenceTerms: ReadonlySet<string>, role: string): boolean {
  if (sentenceTerms.has(role)) return true;
  if (role.length < MIN_ROLE_STEM) return false;
  for (const term of sentenceTerms) if (term.startsWith(role)) return true;
  return false;
}

/** A shorter stem starts too many other words to stand for the role. */
const MIN_ROLE_STEM = 6;
