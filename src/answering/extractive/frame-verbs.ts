import type { TermMatcher } from './term-matcher.ts';

/**
 * Verbs that frame where something is or goes, not what: "Wat moet er in een exitplan staan?", "Welke
 * aanbieders zitten in het consortium?", "Waar ligt de grens?". A sentence that happens to use one
 * ("… niet op zichzelf staan") does not answer the question.
 */
const FRAME_VERBS = /\b(staan|staat|stond|stonden|zitten|zit|zat|zaten|liggen|ligt|lag|lagen|gaan|gaat|ging|gingen)\b/giu;

/** The share of its weight a frame verb keeps in choosing the sentence. */
const FRAME_VERB_WEIGHT = 0.3;

/** The question's term weights with its frame verbs discounted. */
export function withFrameVerbsDiscounted(weights: Map<string, number>, question: string, terms: TermMatcher): Map<string, number> {
  const verbs = question.match(FRAME_VERBS);
  if (!verbs) return weights;
  const framing = new Set(verbs.flatMap((verb) => terms.sentenceTerms(verb)));
  return new Map([...weights].map(([term, weight]) => [term, framing.has(term) ? weight * FRAME_VERB_WEIGHT : weight]));
}
