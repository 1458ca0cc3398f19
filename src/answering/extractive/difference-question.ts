import { overlap, SAYS_THE_SAME } from './answer-selection.ts';
import type { ScoredSentence } from './scored-sentence.ts';
import type { TermMatcher } from './term-matcher.ts';

/*
 * "Wat is het verschil tussen de Jeugdwet en de Wmo?", "What is the difference between open house and a
 * tender?": the answer says what each of the two is. A sentence that already relates them ("Jeugdzorg is
 * … de verzamelterm voor jeugdhulp, …", "Het belangrijke verschil met een aanbesteding is …") opens it;
 * then, for each thing not yet defined, the best sentence saying what that thing is.
 */

/** Words saying how two things differ. */
const SAYS_HOW_THEY_DIFFER = /\b(verschil|verschillen|verschilt|in tegenstelling tot|anders dan|terwijl|difference|differs|unlike|whereas)\b/i;

const DIFFERENCE_QUESTION = /^\s*(?:wat (?:is|zijn)|what (?:is|are)) (?:het|de|the) (?:verschil|verschillen|difference|differences) (?:tussen|between) (.+?) (?:en|and) (.+?)\s*\??\s*$/iu;

/** The two things a difference question compares, as written. */
export function comparedThingsOf(question: string): [string, string] | undefined {
  const match = DIFFERENCE_QUESTION.exec(question);
  return match ? [match[1]!, match[2]!] : undefined;
}

/**
 * What each of the two compared things is, from the scored sentences (best first): a sentence naming
 * both that defines one of them, then a definition of each thing not yet defined. Undefined unless the
 * sources define both.
 */
export function pickDifference(options: { scored: readonly ScoredSentence[]; things: readonly [string, string]; terms: TermMatcher }): ScoredSentence[] | undefined {
  const { scored, terms } = options;
  const thingTerms = options.things.map((thing) => [...new Set(terms.sentenceTerms(thing))]);
  if (thingTerms.some((own) => own.length === 0)) return undefined;
  const names = (sentence: ScoredSentence, own: readonly string[]) => own.every((term) => sentence.candidate.terms.has(term));
  // What the sentence defines is mostly the thing ("Taakgerichte bekostiging is …" for taakgericht), not something of it ("De keerzijde van de taakgerichte prikkel is …").
  const defines = (sentence: ScoredSentence, own: readonly string[]) => {
    const defined = sentence.candidate.definedTerms ?? [];
    return names(sentence, own) && defined.length > 0 && defined.filter((term) => own.includes(term)).length * 2 >= defined.length;
  };
  const definitions = thingTerms.map((own) => scored.find((sentence) => defines(sentence, own) && !thingTerms.every((each) => names(sentence, each))));
  if (definitions.some((definition) => definition === undefined)) return undefined;
  // "Jeugdzorg is … de verzamelterm voor jeugdhulp, …", "Het belangrijke verschil met een aanbesteding is … dat bij open house …".
  const relating = scored.find((sentence) => thingTerms.every((own) => names(sentence, own)) && (thingTerms.some((own) => defines(sentence, own)) || SAYS_HOW_THEY_DIFFER.test(sentence.candidate.text)));
  const picked = [...new Set((relating ? [relating, ...definitions.filter((definition, i) => !defines(relating, thingTerms[i]!))] : definitions) as ScoredSentence[])];
  // One more thing: how they differ when a sentence says so, else what the sources say of one of the two
  // ("Bij een consortium treedt vaak één organisatie op als penvoerder …").
  const fresh = (sentence: ScoredSentence) => !picked.includes(sentence) && !picked.some((chosen) => overlap(chosen.candidate.terms, sentence.candidate.terms) > SAYS_THE_SAME);
  const more =
    scored.find((sentence) => fresh(sentence) && thingTerms.every((own) => names(sentence, own)) && SAYS_HOW_THEY_DIFFER.test(sentence.candidate.text)) ??
    scored.find((sentence) => fresh(sentence) && thingTerms.filter((own) => names(sentence, own)).length === 1);
  return more ? [...picked, more] : picked;
}
