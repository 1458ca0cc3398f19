import { endsQuoteOpenedBefore } from './balanced-quotes.ts';
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
}

export interface Neighbours {
  before: number;
  after: number;
  reasons?: boolean;
}

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
/** Above this share of shared terms two sentences say the same. */
const REDUNDANT_OVERLAP = 0.75;

/**
 * Picks an answer: a lead sentence that answers the question (the best of the best-ranked passage,
 * unless another passage answers clearly better), then at most a few supporting sentences, each
 * adding something the question asks about: a question term not covered yet, the kind of thing asked
 * for (a number, a year, a reason), or elaboration from the lead's own passage. Read as lead first,
 * then the lead's passage in its own order, then the other passages in rank order.
 */
export function selectAnswer(scored: readonly ScoredSentence[], options: AnswerSelectionOptions): ScoredSentence[] {
  const pool = options.pool ?? scored;
  const opening = leadOf(scored, options.kindLeads ?? false, pool, options.neighbours?.reasons ?? false);
  if (!opening) return [];
  const { lead } = opening;
  const { questionWeights } = options;
  // A lead that quotes a list with its items is most of the answer already: a little support at most.
  const maxSentences = lead.candidate.covers.length > 1 ? Math.min(options.maxSentences, AFTER_LIST_SENTENCES + 1) : options.maxSentences;
  const totalWeight = [...questionWeights.values()].reduce((sum, weight) => sum + weight, 0) || 1;
  const covered = new Set([...lead.candidate.terms].filter((term) => questionWeights.has(term)));
  const neighbours = [...(opening.follower ? [opening.follower] : []), ...(options.neighbours && !(options.neighbours.before === 0 && listsItself(lead)) ? neighboursOf(lead, options.neighbours, pool) : [])].filter((s, i, all) => all.indexOf(s) === i);
  const picked = [lead, ...neighbours];
  const isNew = (sentence: ScoredSentence) =>
    !picked.includes(sentence) &&
    !picked.some((p) => quotesSameLines(p, sentence) || overlap(p.candidate.terms, sentence.candidate.terms) > REDUNDANT_OVERLAP) &&
    // A sentence that refers back stands only after the sentence it refers to.
    (!sentence.candidate.refersBack || picked.some((p) => p.passage === sentence.passage && p.candidate.covers.includes(sentence.candidate.position - 1)));
  const sameDocument = (sentence: ScoredSentence) => sentence.passage.chunk.docId === lead.passage.chunk.docId;
  // Supporting sentences are judged on their relevance; the lead's bonus for answering the kind of question does not raise the bar.
  const bar = lead.relevance;
  let kindGiven = picked.some((s) => s.hasAnswerType);
  for (const sentence of scored) {
    if (picked.length >= maxSentences) break;
    if (!isNew(sentence)) continue;
    if (!sameDocument(sentence) && (options.sameDocumentOnly || sentence.relevance < OTHER_DOCUMENT_RATIO * bar)) continue;
    // From another document, a sentence leaning on one the answer does not quote ("We willen dat …") stands alone.
    if (!sameDocument(sentence) && sentence.candidate.opensOnContext) continue;
    const newWeight = [...sentence.candidate.terms].filter((term) => questionWeights.has(term) && !covered.has(term)).reduce((sum, term) => sum + questionWeights.get(term)!, 0);
    // A sentence of a chunk the search did not find itself (added as context) must add something asked for, not only elaborate.
    const elaborates = sameDocument(sentence) && !sentence.passage.context && sentence.relevance >= ELABORATION_RATIO * bar;
    const answersKind = sentence.hasAnswerType && sentence.relevance >= ANSWER_KIND_RATIO * bar;
    // A why-question whose lead gives no reason: the document's best reason sentence answers it.
    const givesMissingKind = !kindGiven && sentence.hasAnswerType && sameDocument(sentence) && sentence.relevance >= MISSING_KIND_RATIO * bar;
    if (newWeight / totalWeight < MIN_NEW_COVERAGE && !elaborates && !answersKind && !givesMissingKind) continue;
    if (sentence.relevance < SUPPORT_RATIO * bar && !givesMissingKind) continue;
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
    const support = scored.find((sentence) => sameDocument(sentence) && isNew(sentence) && sentence.relevance >= MIN_SUPPORT_RATIO * bar);
    if (support) picked.push(support);
  }
  return readingOrder(lead, picked, neighbours);
}

/** A sentence that gives examples of the one before it: "Zo kan …", "Bijvoorbeeld …", "Inwoners moesten bijvoorbeeld …", "Het gaat bijvoorbeeld om …", "For example, …". */
const EXEMPLIFIES_PREVIOUS = /^[\s"'“‘„,]*(zo \p{L}+|bijvoorbeeld|het gaat (bijvoorbeeld |onder meer |onder andere )?om|([\p{L}-]+ ){1,3}bijvoorbeeld|for example|for instance)\b/iu;

/** A sentence that adds to the one before it: one more reason after a reason. */
const ADDS_TO_PREVIOUS = /^[\s"'“‘„,]*(bovendien|daarnaast|ook|en|verder|tevens|voorts|ten tweede|ten derde|moreover|also|in addition|furthermore|besides)\b/i;

/** A sentence that draws its conclusion from the one before it: "Daarom …", "Wij hebben om deze reden besloten …". */
const CONCLUDES_FROM_PREVIOUS = /^[\s"'“‘„,]*(daarom|hierom|daardoor|hierdoor|therefore|for that reason|that is why)\b|\b(daarom|om (die|deze) reden|om die redenen|om deze redenen)\b/iu;

function previousInParagraph(sentence: ScoredSentence, pool: readonly ScoredSentence[]): ScoredSentence | undefined {
  const before = Math.min(...sentence.candidate.covers) - 1;
  return pool.find((s) => s.passage === sentence.passage && s.candidate.paragraph === sentence.candidate.paragraph && Math.max(...s.candidate.covers) === before);
}

function nextInParagraph(sentence: ScoredSentence, pool: readonly ScoredSentence[]): ScoredSentence | undefined {
  const after = Math.max(...sentence.candidate.covers) + 1;
  return pool.find((s) => s.passage === sentence.passage && s.candidate.paragraph === sentence.candidate.paragraph && s.candidate.position === after);
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
  const quotation = before > 0 ? quotationBefore(lead, pool) : [];
  if (quotation.length > 0) return [...quotation, ...pool.filter((s) => s.passage === lead.passage && s.candidate.paragraph === paragraph && s.candidate.position > last && s.candidate.position <= last + after)];
  return pool.filter((s) => {
    if (s.passage !== lead.passage || s.candidate.paragraph !== paragraph || s.candidate.covers.some((line) => covers.includes(line))) return false;
    const position = s.candidate.position;
    // A sentence before the lead that leans on one before it would open the answer on something unsaid,
    // as would the tail of a quotation whose speaker stands further back.
    if (position < first) return position >= first - before && !s.candidate.opensOnContext && !s.candidate.refersBack && !endsQuoteOpenedBefore(s.candidate.text);
    return position > last && position <= last + after;
  });
}

/** A quotation before the lead is quoted whole when it spans at most this many sentences. */
const MAX_QUOTATION_SENTENCES = 3;

/**
 * The quotation that ends right before the lead, whole: "We merkten dat het super versnipperd is. Als
 * jij … dan is dat niet te doen." before "De gemeente kan volgens de hoogleraar nooit het overzicht
 * bewaren." Its tail alone would open the answer on something unsaid.
 */
function quotationBefore(lead: ScoredSentence, pool: readonly ScoredSentence[]): ScoredSentence[] {
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

/** The best-ranked passage gives the lead unless another passage's best sentence scores this much higher (or the search ranks them as tied). */
const LEAD_FROM_TOP_PASSAGE_RATIO = 0.6;
/**
 * The search ranks two passages as good as tied when the second scores at least this share of the
 * first (rank fusion gives near-equal scores to passages that both rank high): then the better
 * sentence leads, wherever it stands.
 */
const SEARCH_TIE = 0.95;

/**
 * The lead, and the sentence that must follow it when the lead only introduces the answer: asked for a
 * count or a name that a sentence leaning on its predecessor gives ("Antoine Tromp, wethouder …" then
 * "Hij licht toe: ,,Vanaf 1 januari 2023 bieden 188 zorgaanbieders jeugdhulp …”"), the two open together.
 */
function leadOf(all: readonly ScoredSentence[], kindLeads: boolean, pool: readonly ScoredSentence[], asksWhy: boolean): { lead: ScoredSentence; follower?: ScoredSentence } | undefined {
  const lead = singleLeadOf(all, kindLeads);
  if (!lead || lead.givesAskedThing) return lead && { lead };
  // Asked why, "Daarom wordt het contract opgezegd." says what was asked and the sentence before it why: the two open the answer.
  const conclusion = asksWhy ? all.find((s) => CONCLUDES_FROM_PREVIOUS.test(s.candidate.text) && s.passage.chunk.docId === lead.passage.chunk.docId && s.score >= CONCLUSION_LEAD_RATIO * lead.score) : undefined;
  const reason = conclusion && previousInParagraph(conclusion, pool);
  if (conclusion && reason && !reason.candidate.opensOnContext && !reason.candidate.refersBack) return { lead: reason, follower: conclusion };
  const leansOnPrevious = (s: ScoredSentence) => s.candidate.opensOnContext && !s.candidate.refersBack;
  const leaning =
    all.find((s) => s.givesAskedThing && leansOnPrevious(s) && s.passage.chunk.docId === lead.passage.chunk.docId && s.relevance >= ASKED_THING_LEAD_RATIO * lead.relevance) ??
    // The sentence that answers far better than any other can stand alone ("Hij coördineert namens alle Groninger gemeenten de gezamenlijke inkoop."): it opens with the one it leans on.
    all.find((s, i) => i === 0 && leansOnPrevious(s) && s.score >= LEANING_LEAD_RATIO * lead.score);
  if (!leaning) return { lead };
  const first = Math.min(...leaning.candidate.covers);
  const before = pool.find((s) => s.passage === leaning.passage && s.candidate.paragraph === leaning.candidate.paragraph && Math.max(...s.candidate.covers) === first - 1);
  if (!before || before.candidate.opensOnContext || before.candidate.refersBack) return { lead };
  return { lead: before, follower: leaning };
}

/** Asked why, a sentence concluding from the one before it ("Daarom …") opens the answer with it from this share of the lead's score. */
const CONCLUSION_LEAD_RATIO = 0.5;

/** A sentence leaning on the one before it opens the answer together with it when it scores this many times the best sentence that stands alone. */
const LEANING_LEAD_RATIO = 1.5;

function singleLeadOf(all: readonly ScoredSentence[], kindLeads: boolean): ScoredSentence | undefined {
  // A sentence that refers back to one before it cannot open an answer.
  const scored = all.filter((s) => !s.candidate.refersBack && !s.candidate.opensOnContext);
  const best = scored[0];
  if (!best) return undefined;
  // Passages of one document share its rank: the best sentence of the best-ranked document.
  const topRank = Math.min(...scored.map((s) => s.passageRank));
  const topDocument = scored.find((s) => s.passageRank === topRank)!.passage.chunk.docId;
  const topPassageBest = scored.find((s) => s.passage.chunk.docId === topDocument)!;
  // Asked what something is, a sentence that says what it is opens the answer, wherever it stands.
  if (best.definesSubject && !topPassageBest.definesSubject) return best;
  const searchTie = best.passage.score >= SEARCH_TIE * topPassageBest.passage.score;
  const lead = !searchTie && topPassageBest.score >= LEAD_FROM_TOP_PASSAGE_RATIO * best.score ? topPassageBest : best;
  // Asked for a count or a name, a sentence of the lead's document that gives exactly that opens the answer.
  const givesAskedThing = lead.givesAskedThing ? undefined : scored.find((s) => s.givesAskedThing && s.passage.chunk.docId === lead.passage.chunk.docId && s.relevance >= ASKED_THING_LEAD_RATIO * lead.relevance);
  if (givesAskedThing) return givesAskedThing;
  if (!kindLeads || lead.hasAnswerType) return lead;
  // Asked for a number or a date: the best sentence of all when it gives one ("binnen twee weken" from
  // the Wmo's text, not a wachtlijst case's "binnen de gestelde normen"), else one of the lead's document.
  if (best.hasAnswerType) return best;
  const givesKind = scored.find((s) => s.hasAnswerType && s.passage.chunk.docId === lead.passage.chunk.docId && s.relevance >= KIND_LEAD_RATIO * lead.relevance);
  return givesKind ?? lead;
}

/** A sentence giving the very thing asked for (its count, its name) leads from this share of the relevance of a better sentence that does not. */
const ASKED_THING_LEAD_RATIO = 0.3;

/** A sentence giving the kind of thing asked for leads from this share of the relevance of a better sentence that does not. */
const KIND_LEAD_RATIO = 0.5;

/** The lead (with its neighbours, in the document's order) first, then the lead's passage in order, then the other passages in rank order. */
function readingOrder(lead: ScoredSentence, picked: ScoredSentence[], neighbours: ScoredSentence[]): ScoredSentence[] {
  const opening = [lead, ...neighbours].sort((a, b) => a.passage.chunk.ordinal - b.passage.chunk.ordinal || a.candidate.position - b.candidate.position);
  const passageOrder = [lead.passage, ...picked.map((s) => s.passage)].filter((p, i, all) => all.indexOf(p) === i);
  const rest = picked
    .filter((s) => !opening.includes(s))
    .sort((a, b) => passageOrder.indexOf(a.passage) - passageOrder.indexOf(b.passage) || a.candidate.position - b.candidate.position);
  return [...opening, ...rest];
}

function quotesSameLines(a: ScoredSentence, b: ScoredSentence): boolean {
  return a.passage.chunk === b.passage.chunk && a.candidate.covers.some((line) => b.candidate.covers.includes(line));
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
