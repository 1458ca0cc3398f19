import type { ScoredSentence } from './scored-sentence.ts';

/** The three uitvoeringsvarianten, by the words questions and documents use for each (Dutch and English). */
const VARIANTS: readonly { name: string; words: RegExp }[] = [
  { name: 'inspanningsgericht', words: /\b(inspanningsgericht\w*|p\s*[×x*]\s*q|p maal q|fee[- ]for[- ]service|activity[- ]based|effort[- ]based)\b/iu },
  { name: 'outputgericht', words: /\b(outputgericht\w*|trajectprij\w*|trajectfinanciering|output[- ]based)\b/iu },
  { name: 'taakgericht', words: /\b(taakgericht\w*|task[- ]based|task[- ]oriented)\b/iu },
];

function variantsNamedIn(text: string): string[] {
  return VARIANTS.filter((variant) => variant.words.test(text)).map((variant) => variant.name);
}

/**
 * Whether a sentence is about another uitvoeringsvariant than the one question asks about: it names
 * another variant and not the asked one ("Bij de inspanningsgerichte variant draagt de gemeente het
 * risico …" asked about taakgerichte bekostiging), or names none in a document whose title names only
 * another ("De gemeente draagt bij deze variant het volumerisico" in the document on P maal Q).
 * Undefined when the question asks about no variant or about several (a comparison).
 */
export function sentencesAboutOtherVariants(question: string): ((sentence: ScoredSentence) => boolean) | undefined {
  const asked = variantsNamedIn(question);
  if (asked.length !== 1) return undefined;
  const [variant] = asked;
  return (sentence) => {
    const named = variantsNamedIn(sentence.candidate.text);
    if (named.length > 0) return !named.includes(variant!);
    const titled = variantsNamedIn(sentence.passage.chunk.metadata.title);
    return titled.length === 1 && titled[0] !== variant;
  };
}
