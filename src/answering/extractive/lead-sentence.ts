import { CONCLUDES_FROM_PREVIOUS, previousInParagraph, standsAlone } from './paragraph-neighbours.ts';
import type { ScoredSentence } from './scored-sentence.ts';

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
export function leadOf(all: readonly ScoredSentence[], kindLeads: boolean, pool: readonly ScoredSentence[], asksWhy: boolean, aboutOtherPlace?: (sentence: ScoredSentence) => boolean): { lead: ScoredSentence; follower?: ScoredSentence } | undefined {
  const opening = openingOf(all, kindLeads, pool, asksWhy);
  if (!opening || opening.follower || !opening.lead.candidate.continuesPrevious) return opening;
  // "Ook daar werd geconstateerd …" opens the answer after the sentence that says where.
  const before = previousInParagraph(opening.lead, pool);
  // Asked about Bellingwedde, "Eerder … in de gemeente Vlagtwedde. Ook daar …" is about Vlagtwedde: another sentence leads.
  if (before && aboutOtherPlace?.(before)) return leadOf(all.filter((s) => s !== opening.lead), kindLeads, pool, asksWhy, aboutOtherPlace);
  return before && standsAlone(before) && !before.candidate.continuesPrevious ? { lead: before, follower: opening.lead } : opening;
}

function openingOf(all: readonly ScoredSentence[], kindLeads: boolean, pool: readonly ScoredSentence[], asksWhy: boolean): { lead: ScoredSentence; follower?: ScoredSentence } | undefined {
  const lead = singleLeadOf(all, kindLeads);
  if (!lead || lead.givesAskedThing) return lead && { lead };
  // Asked why, "Daarom wordt het contract opgezegd." says what was asked and the sentence before it why: the two open the answer.
  const conclusion = asksWhy ? all.find((s) => CONCLUDES_FROM_PREVIOUS.test(s.candidate.text) && s.passage.chunk.docId === lead.passage.chunk.docId && s.score >= CONCLUSION_LEAD_RATIO * lead.score) : undefined;
  const reason = conclusion && previousInParagraph(conclusion, pool);
  if (conclusion && reason && standsAlone(reason)) return { lead: reason, follower: conclusion };
  const leansOnPrevious = (s: ScoredSentence) => s.candidate.opensOnContext && !s.candidate.refersBack;
  const leaning =
    all.find((s) => s.givesAskedThing && leansOnPrevious(s) && s.passage.chunk.docId === lead.passage.chunk.docId && s.relevance >= ASKED_THING_LEAD_RATIO * lead.relevance) ??
    // The sentence that answers far better than any other can stand alone ("Hij coördineert namens alle Groninger gemeenten de gezamenlijke inkoop."): it opens with the one it leans on.
    all.find((s, i) => i === 0 && leansOnPrevious(s) && s.score >= LEANING_LEAD_RATIO * lead.score);
  if (!leaning) return { lead };
  const before = previousInParagraph(leaning, pool);
  if (!before || !standsAlone(before)) return { lead };
  return { lead: before, follower: leaning };
}

/** Asked why, a sentence concluding from the one before it ("Daarom …") opens the answer with it from this share of the lead's score. */
const CONCLUSION_LEAD_RATIO = 0.5;

/** A sentence leaning on the one before it opens the answer together with it when it scores this many times the best sentence that stands alone. */
const LEANING_LEAD_RATIO = 1.5;

function singleLeadOf(all: readonly ScoredSentence[], kindLeads: boolean): ScoredSentence | undefined {
  // A sentence that refers back to one before it cannot open an answer.
  const scored = all.filter(standsAlone);
  const best = scored[0];
  if (!best) return undefined;
  // Passages of one document share its rank: the best sentence of the best-ranked document.
  const topRank = Math.min(...scored.map((s) => s.passageRank));
  const topDocument = scored.find((s) => s.passageRank === topRank)!.passage.chunk.docId;
  const topPassageBest = scored.find((s) => s.passage.chunk.docId === topDocument)!;
  // Asked what something is, a sentence that says what it is opens the answer, wherever it stands.
  if (best.definesSubject && !topPassageBest.definesSubject) return best;
  // … and when the best-ranked passage defines it too, that passage's definition: a glossary line ranked lower does not win on brevity.
  if (best.definesSubject && topPassageBest.definesSubject && best.candidate.listCount === undefined) return topPassageBest;
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
