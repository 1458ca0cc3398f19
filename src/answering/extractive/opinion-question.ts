import { questionWords } from './evidence.ts';
import type { ScoredSentence } from './scored-sentence.ts';
import type { TermMatcher } from './term-matcher.ts';

/**
 * "Wat vindt de Tweede Kamer van taakgerichte bekostiging?", "What does the VNG think of fair rates?":
 * a question for what someone thinks or says about something. The actor and the topic as named.
 */
const OPINION_QUESTIONS: readonly RegExp[] = [
  /^\s*wat\s+(?:vindt|vond|vinden|vonden|zegt|zei|zeggen|zeiden|denkt|dacht|denken|dachten|meent|meende|vindt)\s+(?<actor>.+?)\s+(?:van|over)\s+(?<topic>.+?)\??\s*$/iu,
  /^\s*what\s+(?:does|did|do)\s+(?<actor>.+?)\s+(?:think|say|said|believe)\s+(?:of|about|on)\s+(?<topic>.+?)\??\s*$/iu,
  /^\s*what\s+(?:is|was|are|were)\s+(?<actor>.+?)['’]s?\s+(?:view|opinion|position|stance)\s+(?:of|about|on)\s+(?<topic>.+?)\??\s*$/iu,
];

/** The best sentences among which the actor must speak about the topic. */
const OPINION_CANDIDATES = 12;

/**
 * Whether the question asks what an actor thinks of a topic, and none of the best sentences names
 * both (every word of the actor, in the sentence or its document's title; a word of the topic): quoting what the sources say about the topic,
 * or about the actor on something else, would put words in the actor's mouth.
 */
export function opinionNotInSources(options: { question: string; scored: readonly ScoredSentence[]; terms: TermMatcher }): boolean {
  const { question, scored, terms } = options;
  const asked = OPINION_QUESTIONS.map((pattern) => pattern.exec(question)?.groups).find((groups) => groups !== undefined);
  if (!asked) return false;
  const actor = wordTermsOf(asked.actor!, terms);
  const topic = wordTermsOf(asked.topic!, terms);
  if (actor.length === 0 || topic.length === 0) return false;
  const names = (sentence: ScoredSentence, word: readonly string[]): boolean => word.some((term) => sentence.candidate.terms.has(term));
  // A document titled after the actor ("Reële tarieven: de AMvB over prijs en kwaliteit") speaks for it in every sentence.
  const titleNames = (sentence: ScoredSentence, word: readonly string[]): boolean => word.some((term) => terms.sentenceTerms(sentence.passage.chunk.metadata.title).includes(term));
  return !scored.slice(0, OPINION_CANDIDATES).some((sentence) => actor.every((word) => names(sentence, word) || titleNames(sentence, word)) && topic.some((word) => names(sentence, word)));
}

/** The words of a phrase the corpus knows, each by its own terms or, in English, its translations. */
function wordTermsOf(text: string, terms: TermMatcher): string[][] {
  return questionWords({ question: text, terms })
    .map((word) => [...word.knownTerms, ...(word.translations ?? [])])
    .filter((wordTerms) => wordTerms.length > 0);
}
