import { gemeenteCodesIn } from '../../lib/gemeenten/index.ts';
import type { ScoredSentence } from './scored-sentence.ts';

/**
 * "Welke gemeenten werken met een consortium?": the gemeenten stand in several documents (a case each,
 * a list of examples elsewhere), so the answer gathers them. Each quoted sentence names a gemeente no
 * sentence before it named, the one naming the most leads; a sentence only qualifies when it is about
 * the question (at least a share of the relevance of the best sentence naming a gemeente), can stand
 * alone, and comes from a document about the gemeente or region the question names, if it names one. Empty when the sentences name fewer than two gemeenten between them: then a list of
 * gemeenten is not what the documents give.
 */
export function pickGemeentenList(options: {
  scored: readonly ScoredSentence[];
  question: string;
  maxSentences: number;
  /** Whether the sentence's document is about the gemeenten the question names ("… binnen de regio Alkmaar?"). */
  aboutAskedPlace: (sentence: ScoredSentence) => boolean;
}): ScoredSentence[] {
  const { scored, question, maxSentences, aboutAskedPlace } = options;
  const asked = gemeenteCodesIn(question);
  const naming = scored
    .filter((s) => !s.candidate.refersBack && !s.candidate.opensOnContext && aboutAskedPlace(s))
    .map((sentence) => ({ sentence, gemeenten: [...gemeenteCodesIn(sentence.candidate.text)].filter((code) => !asked.has(code)) }))
    .filter(({ gemeenten }) => gemeenten.length > 0);
  const best = Math.max(0, ...naming.map(({ sentence }) => sentence.relevance));
  const relevant = naming.filter(({ sentence }) => sentence.relevance >= MIN_RELEVANCE_SHARE * best);
  const named = new Set<string>();
  const picked: ScoredSentence[] = [];
  let leadValue = 0;
  while (picked.length < maxSentences) {
    let next: { sentence: ScoredSentence; gemeenten: string[]; value: number } | undefined;
    for (const { sentence, gemeenten } of relevant) {
      const added = gemeenten.filter((code) => !named.has(code)).length;
      if (added === 0) continue;
      const value = sentence.relevance * Math.sqrt(added);
      if (!next || value > next.value) next = { sentence, gemeenten, value };
    }
    // A lead that names many sets the bar: one more name must be worth a share of it.
    if (!next || (picked.length > 0 && next.value < MIN_VALUE_SHARE * leadValue)) break;
    if (picked.length === 0) leadValue = next.value;
    picked.push(next.sentence);
    for (const code of next.gemeenten) named.add(code);
  }
  return named.size >= MIN_GEMEENTEN ? picked : [];
}

/** A sentence naming gemeenten answers from this share of the relevance of the best one. */
const MIN_RELEVANCE_SHARE = 0.3;
/** A further sentence is quoted from this share of the lead's worth (relevance × √ new gemeenten named). */
const MIN_VALUE_SHARE = 0.3;
/** A list of gemeenten names at least two. */
const MIN_GEMEENTEN = 2;
