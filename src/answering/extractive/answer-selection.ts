import { endsQuoteOpenedBefore } from './balanced-quotes.ts';
import { leadOf } from './lead-sentence.ts';
import { ADDS_TO_PREVIOUS, CONCLUDES_FROM_PREVIOUS, EXEMPLIFIES_PREVIOUS, nextInParagraph, previousInParagraph, previousInPassage, quotationBefore, standsAlone } from './paragraph-neighbours.ts';
import type { ScoredSentence } from './scored-sentence.ts';

export interface AnswerSelectionOptions {
  /** The question's terms with their weights (query weight × rarity). */
  questionWeights: ReadonlyMap<string, number>;
  /** At most this many sentences, the lead included. */
  maxSentences: number;
  /** Support only from the lead's own document: a definition is explained by the document that gives it. */
  sameDocumentOnly?: boolean;
  /**
   * The sentences next to the lead in its paragraph that come with it, in the document's order, from
   * every sentence of the passages (question terms or not). For a why- or how-question the one before
   * and the one after: the lead often states what was asked ("… is daarom verlengd"); the reason or
   * the means stands next to it ("Het traject kostte meer tijd dan verwacht."). For a list question
   * the ones after a lead that names the things asked for ("Deze maatregelen …") without listing them.
   * With `reasons`, a sentence right after any quoted sentence of the lead's document comes too when it
   * gives a reason ("De keus is een bewuste." "Omdat we meer keuzevrijheid willen."), and after a reason
   * the sentence that adds the next one ("En het is bedoeld om lange wachtlijsten te voorkomen.").
   */
  neighbours?: Neighbours;
  /** Every sentence of the passages, question terms or not: where the neighbours come from. */
  pool?: readonly ScoredSentence[];
  /**
   * Asked for a number or a date: a sentence of the lead's document that gives one opens the answer
   * when it is at least half as relevant as a better one that does not.
   */
  kindLeads?: boolean;
  /** Asked about a place: whether a document is about it. Support from another document that is not stays out. */
  aboutAskedPlace?: (docId: string) => boolean;
  /** Asked about a place: whether a sentence is about another place ("In Zaanstad …" asked about Rotterdam). It neither leads nor supports. */
  aboutOtherPlace?: (sentence: ScoredSentence) => boolean;
}

export interface Neighbours {
  before: number;
  after: number;
  reasons?: boolean;
}

/** A cause, not a purpose ("om … te", "zodat" say what it is for; the cause may stand in the sentence before). */
const STATES_A_CAUSE = /\b(omdat|doordat|aangezien|want|vanwege|wegens|dankzij|te wijten aan|because|due to|caused by|owing to)\b/i;

/** Below this share of the lead's score a sentence does not support the answer. */
const SUPPORT_RATIO = 0.3;
/** A one-sentence answer takes the best further sentence of its document from this share of the lead's relevance. */
const MIN_SUPPORT_RATIO = 0.2;
/** Sentences from another document than the lead's must score at least this share of the lead. */
const OTHER_DOCUMENT_RATIO = 0.6;
/** A supporting sentence must add at least this share of the question's weight, unless it elaborates on the lead from the same document. */
const MIN_NEW_COVERAGE = 0.05;
/** A sentence of the lead's own document supports it from this share of the lead's relevance, new terms or not. */
const ELABORATION_RATIO = 0.35;
/** A sentence with the kind of thing asked for (a reason, a number) supports the lead from this share of its relevance. */
const ANSWER_KIND_RATIO = 0.3;
/** While neither the lead nor its neighbours hold the kind of thing asked for, a sentence of the lead's document that does supports it from this share. */
const MISSING_KIND_RATIO = 0.15;
/** Supporting sentences after a lead that quotes a list with its items. */
const AFTER_LIST_SENTENCES = 3;
/** Sentences quoted only because a supporting sentence opens on them ("Hij …" needs who he is) may take the answer this far beyond its limit. */
const LEANED_ON_ROOM = 1;
/** Above this share of shared terms two sentences say the same. */
const REDUNDANT_OVERLAP = 0.75;

/**
 * Picks an answer: a lead sentence that answers the question (the best of the best-ranked passage,
 * unless another passage answers clearly better), then at most a few supporting sentences, each
 * adding something the question asks about: a question term not covered yet, the kind of thing asked
 * for (a number, a year, a reason), or elaboration from the lead's own passage. Read as lead first,
 * then the lead's passage in its own order, then the other passages in rank order.
 */
export function selectAnswer(candidates: readonly ScoredSentence[], options: AnswerSelectionOptions): ScoredSentence[] {
  const pool = options.pool ?? candidates;
  const { aboutOtherPlace } = options;
  // Asked about Rotterdam, "Zaanstad bereidde zich …" neither leads nor supports, unless no sentence is about Rotterdam.
  const onPlace = aboutOtherPlace ? candidates.filter((s) => !aboutOtherPlace(s)) : candidates;
  const scored = onPlace.length > 0 ? onPlace : candidates;
  const opening = leadOf(scored, options.kindLeads ?? false, pool, options.neighbours?.reasons ?? false, aboutOtherPlace);
  if (!opening) return [];
  const { lead } = opening;
  const { questionWeights } = options;
  // A lead that quotes a list with its items is most of the answer already: a little support at most.
  const maxSentences = lead.candidate.covers.length > 1 ? Math.min(options.maxSentences, AFTER_LIST_SENTENCES + 1) : options.maxSentences;
  const totalWeight = [...questionWeights.values()].reduce((sum, weight) => sum + weight, 0) || 1;
  const covered = new Set([...lead.candidate.terms].filter((term) => questionWeights.has(term)));
  // A lead that states the cause asked for itself ("… verlaagt de lasten, omdat …") opens the answer: the sentence before it is only its context.
  const wanted = options.neighbours?.reasons && STATES_A_CAUSE.test(lead.candidate.text) ? { ...options.neighbours, before: 0 } : options.neighbours;
  const neighbours = [...(opening.follower ? [opening.follower] : []), ...(wanted && !(options.neighbours?.before === 0 && listsItself(lead)) ? neighboursOf(lead, wanted, pool) : [])].filter((s, i, all) => all.indexOf(s) === i && !aboutOtherPlace?.(s));
  const picked = [lead, ...neighbours];
  const isNew = (sentence: ScoredSentence) =>
    !picked.includes(sentence) &&
    !repeatsPicked(picked, sentence, REDUNDANT_OVERLAP) &&
    // A sentence that refers back stands only after the sentence it refers to.
    (!sentence.candidate.refersBack || picked.some((p) => p.passage === sentence.passage && p.candidate.covers.includes(sentence.candidate.position - 1)));
  const sameDocument = (sentence: ScoredSentence) => sentence.passage.chunk.docId === lead.passage.chunk.docId;
  // Supporting sentences are judged on their relevance; the lead's bonus for answering the kind of question does not raise the bar.
  const bar = lead.relevance;
  let kindGiven = picked.some((s) => s.hasAnswerType);
  let leanedOnQuoted = 0;
  for (const sentence of scored) {
    if (picked.length - leanedOnQuoted >= maxSentences) break;
    if (!isNew(sentence)) continue;
    if (!sameDocument(sentence) && (options.sameDocumentOnly || sentence.relevance < OTHER_DOCUMENT_RATIO * bar)) continue;
    // From another document, a sentence leaning on one the answer does not quote ("We willen dat …") stands alone.
    if (!sameDocument(sentence) && sentence.candidate.opensOnContext) continue;
    // Asked about Groningen, a sentence of another document about Heiloo answers about another place.
    if (!sameDocument(sentence) && options.aboutAskedPlace && !options.aboutAskedPlace(sentence.passage.chunk.docId)) continue;
    const newWeight = [...sentence.candidate.terms].filter((term) => questionWeights.has(term) && !covered.has(term)).reduce((sum, term) => sum + questionWeights.get(term)!, 0);
    // A sentence of a chunk the search did not find itself (added as context) must add something asked for, not only elaborate.
    const elaborates = sameDocument(sentence) && !sentence.passage.context && sentence.relevance >= ELABORATION_RATIO * bar;
    const answersKind = sentence.hasAnswerType && sentence.relevance >= ANSWER_KIND_RATIO * bar;
    // A why-question whose lead gives no reason: the document's best reason sentence answers it.
    const givesMissingKind = !kindGiven && sentence.hasAnswerType && sameDocument(sentence) && sentence.relevance >= MISSING_KIND_RATIO * bar;
    if (newWeight / totalWeight < MIN_NEW_COVERAGE && !elaborates && !answersKind && !givesMissingKind) continue;
    if (sentence.relevance < SUPPORT_RATIO * bar && !givesMissingKind) continue;
    // A sentence leaning on one the answer does not quote yet ("Hij coördineert …" needs who he is) comes after that one,
    // room permitting; without it ("Toch constateert hij …", "Dit is de groep …" after another sentence) it is not quoted.
    if (leansOnPrevious(sentence) && !quotesPrevious(sentence, picked, pool)) {
      const leanedOn = previousInPassage(sentence, pool);
      if (!leanedOn || !standsAlone(leanedOn) || picked.length + 2 > maxSentences + LEANED_ON_ROOM) continue;
      picked.push(leanedOn);
      leanedOnQuoted++;
    }
    kindGiven ||= sentence.hasAnswerType;
    picked.push(sentence);
    for (const term of sentence.candidate.terms) if (questionWeights.has(term)) covered.add(term);
    // A sentence whose next one gives its examples ("… verbeteringen mogelijk zijn. Zo kan het melden eenvoudiger, …") brings them along.
    const next = nextInParagraph(sentence, pool);
    if (next && picked.length < maxSentences && isNew(next) && EXEMPLIFIES_PREVIOUS.test(next.candidate.text)) picked.push(next);
  }
  if (options.neighbours?.reasons) {
    const supporting = picked.slice(1);
    for (let i = 0; i < picked.length && picked.length < maxSentences; i++) {
      const sentence = picked[i]!;
      const next = sameDocument(sentence) ? nextInParagraph(sentence, pool) : undefined;
      if (!next || !isNew(next)) continue;
      // A reason right after a supporting sentence; after a reason, the next one it adds ("Bovendien …", "En …").
      if ((supporting.includes(sentence) && next.hasAnswerType) || (sentence.hasAnswerType && ADDS_TO_PREVIOUS.test(next.candidate.text))) picked.push(next);
    }
  }
  if (options.neighbours?.reasons) {
    // "Daarom wordt het contract opgezegd." answers why only with the sentence before it, which gives the reason.
    for (const sentence of [...picked]) {
      if (!CONCLUDES_FROM_PREVIOUS.test(sentence.candidate.text)) continue;
      const reason = previousInParagraph(sentence, pool);
      if (!reason || picked.includes(reason) || picked.some((p) => quotesSameLines(p, reason))) continue;
      // At the limit the reason takes the place of the weakest supporting sentence.
      if (picked.length >= maxSentences) {
        const weakest = picked.findLastIndex((p) => p !== sentence && p !== lead && !neighbours.includes(p));
        if (weakest < 0) continue;
        picked.splice(weakest, 1);
      }
      picked.push(reason);
    }
  }
  // An answer is more than its lead: the best further sentence of the lead's document supports it.
  if (picked.length === 1) {
    const support = scored.find((sentence) => sameDocument(sentence) && isNew(sentence) && sentence.relevance >= MIN_SUPPORT_RATIO * bar && (!leansOnPrevious(sentence) || quotesPrevious(sentence, picked, pool)));
    if (support) picked.push(support);
  }
  return readingOrder(lead, picked, neighbours, pool);
}

/** A sentence that opens on the one before it ("Hij licht toe: …", "Dit is de groep …") or continues it ("Toch constateert hij …"). */
function leansOnPrevious(sentence: ScoredSentence): boolean {
  return sentence.candidate.opensOnContext || (sentence.candidate.continuesPrevious ?? false);
}

/** Whether the answer quotes the sentence right before this one in its passage (a paragraph break between them or not). */
function quotesPrevious(sentence: ScoredSentence, picked: readonly ScoredSentence[], pool: readonly ScoredSentence[]): boolean {
  const before = previousInPassage(sentence, pool);
  return before !== undefined && (picked.includes(before) || picked.some((p) => quotesSameLines(p, before)));
}

/** A lead that quotes its list's items or names things in a row needs no items after it. */
function listsItself(lead: ScoredSentence): boolean {
  return lead.candidate.covers.length > 1 || lead.candidate.enumerates || lead.candidate.listCount !== undefined;
}

/** The quotable sentences right before and after the lead in its paragraph, whatever their own score. */
function neighboursOf(lead: ScoredSentence, { before, after }: Neighbours, pool: readonly ScoredSentence[]): ScoredSentence[] {
  const { paragraph, covers } = lead.candidate;
  const first = Math.min(...covers);
  const last = Math.max(...covers);
  // A quotation ending right before the lead comes whole, in place of the sentence before it.
  const quotation = before > 0 ? quotationBefore(lead, pool) : [];
  return [
    ...quotation,
    ...pool.filter((s) => {
      if (s.passage !== lead.passage || s.candidate.paragraph !== paragraph || s.candidate.covers.some((line) => covers.includes(line))) return false;
      const position = s.candidate.position;
      // A sentence before the lead that leans on one before it would open the answer on something unsaid,
      // as would the tail of a quotation whose speaker stands further back.
      if (position < first) return quotation.length === 0 && position >= first - before && !s.candidate.opensOnContext && !s.candidate.refersBack && !endsQuoteOpenedBefore(s.candidate.text);
      return position > last && position <= last + after;
    }),
  ];
}

/**
 * The lead (with its neighbours, in the document's order) first, then the lead's passage in order, then
 * the other passages in rank order; a sentence leaning on the one before it ("‘Dat is best een stevig
 * bedrag’, aldus …") follows that one wherever it stands.
 */
function readingOrder(lead: ScoredSentence, picked: ScoredSentence[], neighbours: ScoredSentence[], pool: readonly ScoredSentence[]): ScoredSentence[] {
  const opening = [lead, ...neighbours].sort((a, b) => a.passage.chunk.ordinal - b.passage.chunk.ordinal || a.candidate.position - b.candidate.position);
  const passageOrder = [lead.passage, ...picked.map((s) => s.passage)].filter((p, i, all) => all.indexOf(p) === i);
  const rest = picked
    .filter((s) => !opening.includes(s))
    .sort((a, b) => passageOrder.indexOf(a.passage) - passageOrder.indexOf(b.passage) || a.candidate.position - b.candidate.position);
  // Followers in document order, so that one leaning on another follower finds it placed already.
  const followers = new Map<ScoredSentence, ScoredSentence>();
  for (const sentence of rest) {
    const before = leansOnPrevious(sentence) ? previousInPassage(sentence, pool) : undefined;
    if (before && picked.includes(before)) followers.set(sentence, before);
  }
  const ordered = [...opening, ...rest.filter((sentence) => !followers.has(sentence))];
  for (const [follower, before] of followers) {
    const at = ordered.indexOf(before);
    ordered.splice(at < 0 ? ordered.length : at + 1, 0, follower);
  }
  return ordered;
}

/** Two sentences sharing more than this share of their terms say the same (picking considerations, sections, a difference). */
export const SAYS_THE_SAME = 0.7;

/**
 * Whether a sentence repeats one already picked: it quotes the same lines of a passage (a list
 * announcement quotes its items), or shares more than `threshold` of its terms.
 */
export function repeatsPicked(picked: readonly ScoredSentence[], sentence: ScoredSentence, threshold = SAYS_THE_SAME): boolean {
  return picked.some((p) => quotesSameLines(p, sentence) || overlap(p.candidate.terms, sentence.candidate.terms) > threshold);
}

function quotesSameLines(a: ScoredSentence, b: ScoredSentence): boolean {
  return a.passage.chunk.id === b.passage.chunk.id && a.candidate.covers.some((line) => b.candidate.covers.includes(line));
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
