import { endsQuoteOpenedBefore } from './balanced-quotes.ts';
import type { ScoredSentence } from './scored-sentence.ts';

/*
 * How a sentence of a passage relates to the ones around it in its paragraph: the example, the next
 * reason or the conclusion that follows one, and the quotation that ends before one.
 */

/** A sentence that gives examples of the one before it: "Zo kan …", "Bijvoorbeeld …", "Inwoners moesten bijvoorbeeld …", "Het gaat bijvoorbeeld om …", "For example, …". */
export const EXEMPLIFIES_PREVIOUS = /^[\s"'“‘„,]*(zo \p{L}+|bijvoorbeeld|het gaat (bijvoorbeeld |onder meer |onder andere )?om|([\p{L}-]+ ){1,3}bijvoorbeeld|for example|for instance)\b/iu;

/** A sentence that adds to the one before it: one more reason after a reason. */
export const ADDS_TO_PREVIOUS = /^[\s"'“‘„,]*(bovendien|daarnaast|ook|en|verder|tevens|voorts|ten tweede|ten derde|moreover|also|in addition|furthermore|besides)\b/i;

/** A sentence that draws its conclusion from the one before it: "Daarom …", "Wij hebben om deze reden besloten …". */
export const CONCLUDES_FROM_PREVIOUS = /^[\s"'“‘„,]*(daarom|hierom|daardoor|hierdoor|therefore|for that reason|that is why)\b|\b(daarom|om (die|deze) reden|om die redenen|om deze redenen)\b/iu;

/** The sentence right before this one in its paragraph, if quotable. */
export function previousInParagraph(sentence: ScoredSentence, pool: readonly ScoredSentence[]): ScoredSentence | undefined {
  const before = previousInPassage(sentence, pool);
  return before?.candidate.paragraph === sentence.candidate.paragraph ? before : undefined;
}

/**
 * The sentence right before this one in its passage, across a paragraph break: in a news article a
 * paragraph of one sentence ("Dat meldt het college …") leans on the paragraph before it.
 */
export function previousInPassage(sentence: ScoredSentence, pool: readonly ScoredSentence[]): ScoredSentence | undefined {
  const before = Math.min(...sentence.candidate.covers) - 1;
  return pool.find((s) => s.passage === sentence.passage && Math.max(...s.candidate.covers) === before);
}

/** The sentence right after this one in its paragraph, if quotable. */
export function nextInParagraph(sentence: ScoredSentence, pool: readonly ScoredSentence[]): ScoredSentence | undefined {
  const after = Math.max(...sentence.candidate.covers) + 1;
  return pool.find((s) => s.passage === sentence.passage && s.candidate.paragraph === sentence.candidate.paragraph && s.candidate.position === after);
}

/** A quotation before the lead is quoted whole when it spans at most this many sentences. */
const MAX_QUOTATION_SENTENCES = 3;

/**
 * The quotation that ends right before the lead, whole: "We merkten dat het super versnipperd is. Als
 * jij … dan is dat niet te doen." before "De gemeente kan volgens de hoogleraar nooit het overzicht
 * bewaren." Its tail alone would open the answer on something unsaid.
 */
export function quotationBefore(lead: ScoredSentence, pool: readonly ScoredSentence[]): ScoredSentence[] {
  const first = Math.min(...lead.candidate.covers);
  // A lead opening its passage may continue a paragraph of the passage before it (the chunker cut it): look there.
  const { chunk } = lead.passage;
  const before = first === 0 ? pool.filter((s) => s.passage.chunk.docId === chunk.docId && s.passage.chunk.ordinal === chunk.ordinal - 1) : [];
  const lastBefore = Math.max(-1, ...before.map((s) => Math.max(...s.candidate.covers)));
  const inParagraph = (position: number) =>
    position >= 0
      ? pool.find((s) => s.passage === lead.passage && s.candidate.paragraph === lead.candidate.paragraph && s.candidate.position === position)
      : before.find((s) => s.candidate.position === lastBefore + 1 + position);
  const tail = inParagraph(first - 1);
  if (!tail || !endsQuoteOpenedBefore(tail.candidate.text)) return [];
  const quotation = [tail];
  for (let position = first - 2; position >= first - MAX_QUOTATION_SENTENCES; position--) {
    const sentence = inParagraph(position);
    if (!sentence || endsQuoteOpenedBefore(sentence.candidate.text)) return [];
    quotation.unshift(sentence);
    if (OPENS_QUOTATION.test(sentence.candidate.text)) return quotation;
  }
  return [];
}

/** A sentence opening a quotation: a mark at its start or after a colon. */
const OPENS_QUOTATION = /(^|:\s*)(,,|„|“|‘|")/;

/** A sentence that can open an answer: it leans on no sentence before it. */
export function standsAlone(sentence: ScoredSentence): boolean {
  return !sentence.candidate.opensOnContext && !sentence.candidate.refersBack;
}
