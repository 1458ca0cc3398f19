import { describe, expect, it } from 'vitest';
import { selectAnswer } from '../../../src/answering/extractive/answer-selection.ts';
import type { CandidateSentence } from '../../../src/answering/extractive/passage-analysis.ts';
import type { ScoredSentence } from '../../../src/answering/extractive/scored-sentence.ts';
import type { Chunk } from '../../../src/sources/knowledge/document.ts';
import type { RetrievedPassage } from '../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';

/** A passage as the search found it; by default a later chunk scored lower, as the search would rank it. */
function passage(docId: string, ordinal: number, score = 1 / (1 + ordinal)): RetrievedPassage {
  const chunk: Chunk = { id: `${docId}#${ordinal}`, docId, source: `${docId}.md`, ordinal, headingPath: [], text: '', metadata: { title: docId, gemeenten: [], topics: [] } };
  return { chunk, score, lexicalScore: 1, similarity: 1 };
}

function sentence(options: { passage: RetrievedPassage; passageRank: number; position: number; terms: string[]; relevance: number; score?: number; hasAnswerType?: boolean; refersBack?: boolean; opensOnContext?: boolean; covers?: number[] }): ScoredSentence {
  const candidate: CandidateSentence = {
    text: options.terms.join(' '),
    terms: new Set(options.terms),
    ownTermCount: options.terms.length,
    looksLikeDefinition: false,
    refersBack: options.refersBack ?? false,
    opensOnContext: options.opensOnContext ?? false,
    enumerates: false,
    paragraph: 0,
    answerTypes: new Set(),
    position: options.position,
    covers: options.covers ?? [options.position],
  };
  return { candidate, passage: options.passage, passageRank: options.passageRank, relevance: options.relevance, score: options.score ?? options.relevance, hasAnswerType: options.hasAnswerType ?? false };
}

const weights = new Map([['lumpsum', 2], ['risico', 1.5], ['client', 1], ['wachtlijst', 1]]);
const top = passage('risicos', 0);
const sameDocLater = passage('risicos', 3);
const other = passage('begrippen', 1);

describe('selectAnswer', () => {
  it('takes a sentence of the lead document that only elaborates from a found passage, not from one added as context', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico', 'client'], relevance: 10 });
    const elaboration = sentence({ passage: sameDocLater, passageRank: 3, position: 1, terms: ['lumpsum', 'budget'], relevance: 5 });
    const contextPassage = { ...passage('risicos', 4), context: true as const };
    const contextElaboration = { ...elaboration, passage: contextPassage };
    const contextReason = { ...contextElaboration, hasAnswerType: true };
    const waitingLists = sentence({ passage: top, passageRank: 0, position: 2, terms: ['wachtlijst', 'oktober'], relevance: 6 });
    expect(selectAnswer([lead, waitingLists, elaboration], { questionWeights: weights, maxSentences: 5 })).toEqual([lead, waitingLists, elaboration]);
    expect(selectAnswer([lead, waitingLists, contextElaboration], { questionWeights: weights, maxSentences: 5 })).toEqual([lead, waitingLists]);
    expect(selectAnswer([lead, waitingLists, contextReason], { questionWeights: weights, maxSentences: 5 })).toEqual([lead, waitingLists, contextReason]);
  });

  it('leads with the best sentence of the best-ranked passage, then its document in reading order', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 4, terms: ['lumpsum', 'risico', 'client'], relevance: 10 });
    const earlier = sentence({ passage: top, passageRank: 0, position: 1, terms: ['lumpsum', 'wachtlijst', 'oktober'], relevance: 6 });
    const later = sentence({ passage: sameDocLater, passageRank: 3, position: 0, terms: ['onderbehandeling', 'risico', 'lumpsum', 'lichter'], relevance: 5 });
    const picked = selectAnswer([lead, earlier, later], { questionWeights: weights, maxSentences: 5 });
    expect(picked).toEqual([lead, earlier, later]);
  });

  it("leads with the best sentence of the best-ranked document, from a later passage of it too", () => {
    const topBest = sentence({ passage: top, passageRank: 0, position: 1, terms: ['lumpsum', 'risico'], relevance: 10 });
    const laterBetter = sentence({ passage: sameDocLater, passageRank: 4, position: 2, terms: ['lumpsum', 'risico', 'client'], relevance: 15 });
    expect(selectAnswer([laterBetter, topBest], { questionWeights: weights, maxSentences: 5 })[0]).toBe(laterBetter);
    // Another document's better sentence leads only when it scores clearly higher.
    const otherBetter = { ...laterBetter, passage: other, passageRank: 1 };
    expect(selectAnswer([otherBetter, topBest], { questionWeights: weights, maxSentences: 5 })[0]).toBe(topBest);
    // Unless the search ranks the two passages as good as tied: then the better sentence leads.
    const tiedBetter = { ...laterBetter, passage: passage('begrippen', 1, 0.97), passageRank: 1 };
    expect(selectAnswer([tiedBetter, topBest], { questionWeights: weights, maxSentences: 5 })[0]).toBe(tiedBetter);
  });

  it('asked for a number or a date, leads with a sentence of the lead document that gives one when it is at least half as relevant', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico', 'client'], relevance: 10 });
    const figure = sentence({ passage: sameDocLater, passageRank: 3, position: 4, terms: ['lumpsum', 'miljoen'], relevance: 6, hasAnswerType: true });
    const weakFigure = { ...figure, relevance: 4, score: 4 };
    expect(selectAnswer([lead, figure], { questionWeights: weights, maxSentences: 5, kindLeads: true })[0]).toBe(figure);
    expect(selectAnswer([lead, weakFigure], { questionWeights: weights, maxSentences: 5, kindLeads: true })[0]).toBe(lead);
    expect(selectAnswer([lead, figure], { questionWeights: weights, maxSentences: 5 })[0]).toBe(lead);
    const otherFigure = { ...figure, passage: other, passageRank: 1 };
    expect(selectAnswer([lead, otherFigure], { questionWeights: weights, maxSentences: 5, kindLeads: true })[0]).toBe(lead);
  });

  it('asked for a number or a date, leads with the best sentence of all when it gives one and the best-ranked document\'s does not', () => {
    // "Binnen hoeveel tijd …?": "… binnen twee weken een beschikking geven" [Wmo] before "… binnen de gestelde normen" [a case].
    const topBest = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico'], relevance: 6 });
    const otherWithKind = sentence({ passage: other, passageRank: 1, position: 0, terms: ['lumpsum', 'client'], relevance: 5.8, score: 9.3, hasAnswerType: true });
    expect(selectAnswer([otherWithKind, topBest], { questionWeights: weights, maxSentences: 5, kindLeads: true })[0]).toBe(otherWithKind);
    expect(selectAnswer([otherWithKind, topBest], { questionWeights: weights, maxSentences: 5 })[0]).toBe(topBest);
  });

  it('asked for a count or a name, leads with a sentence of the lead\'s document that gives exactly that, even when much less relevant', () => {
    // "Welk bureau kreeg de opdracht …?": "… in handen gegeven van bureau Lysias" before "Zestien rekenkamers gaan onderzoek doen".
    const restates = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico', 'client'], relevance: 10 });
    const namesIt = { ...sentence({ passage: top, passageRank: 0, position: 3, terms: ['lumpsum'], relevance: 4 }), givesAskedThing: true };
    expect(selectAnswer([restates, namesIt], { questionWeights: weights, maxSentences: 5 })[0]).toBe(namesIt);
    // Too far below the lead, or from another document, it does not lead.
    expect(selectAnswer([restates, { ...namesIt, relevance: 2 }], { questionWeights: weights, maxSentences: 5 })[0]).toBe(restates);
    expect(selectAnswer([restates, { ...namesIt, passage: other, passageRank: 1 }], { questionWeights: weights, maxSentences: 5 })[0]).toBe(restates);
  });

  it('asked for a count that a sentence leaning on its predecessor gives, opens with the two together', () => {
    // "Antoine Tromp, wethouder …" then "Hij licht toe: ,,Vanaf 1 januari 2023 bieden 188 zorgaanbieders jeugdhulp …”".
    const restates = sentence({ passage: top, passageRank: 0, position: 5, terms: ['lumpsum', 'risico', 'client'], relevance: 10 });
    const introduces = sentence({ passage: top, passageRank: 0, position: 1, terms: ['wachtlijst'], relevance: 1 });
    const givesIt = { ...sentence({ passage: top, passageRank: 0, position: 2, terms: ['lumpsum'], relevance: 4, opensOnContext: true }), givesAskedThing: true };
    const pool = [restates, introduces, givesIt];
    expect(selectAnswer([restates, givesIt], { questionWeights: weights, maxSentences: 5, pool }).slice(0, 2)).toEqual([introduces, givesIt]);
    // Without a predecessor that stands on its own, the best sentence leads as before.
    const leaningToo = { ...introduces, candidate: { ...introduces.candidate, opensOnContext: true } };
    expect(selectAnswer([restates, givesIt], { questionWeights: weights, maxSentences: 5, pool: [restates, leaningToo, givesIt] })[0]).toBe(restates);
  });

  it('opens with the sentence a far better one leans on ("… zegt Johan Hamster, wethouder van Stadskanaal." then "Hij coördineert …"), the two together', () => {
    const introduces = sentence({ passage: top, passageRank: 0, position: 1, terms: ['wachtlijst'], relevance: 1 });
    const answers = sentence({ passage: top, passageRank: 0, position: 2, terms: ['lumpsum', 'risico', 'client'], relevance: 15, opensOnContext: true });
    const standsAlone = sentence({ passage: top, passageRank: 0, position: 6, terms: ['lumpsum', 'risico'], relevance: 7 });
    const pool = [answers, standsAlone, introduces];
    expect(selectAnswer([answers, standsAlone], { questionWeights: weights, maxSentences: 5, pool }).slice(0, 2)).toEqual([introduces, answers]);
    // Only far better: close to the best sentence that stands alone, it does not open the answer.
    const closeCall = { ...answers, relevance: 9, score: 9 };
    expect(selectAnswer([closeCall, standsAlone], { questionWeights: weights, maxSentences: 5, pool: [closeCall, standsAlone, introduces] })[0]).toBe(standsAlone);
  });

  it('opens with the sentence before a lead that continues it ("Eerder … Vlagtwedde." then "Ook daar werd geconstateerd …"), the two together', () => {
    const where = sentence({ passage: top, passageRank: 0, position: 1, terms: ['wachtlijst'], relevance: 1 });
    const continues = { ...sentence({ passage: top, passageRank: 0, position: 2, terms: ['lumpsum', 'risico', 'client'], relevance: 10 }) };
    continues.candidate = { ...continues.candidate, continuesPrevious: true };
    const later = sentence({ passage: top, passageRank: 0, position: 6, terms: ['lumpsum', 'risico'], relevance: 7 });
    const pool = [continues, later, where];
    expect(selectAnswer([continues, later], { questionWeights: weights, maxSentences: 5, pool }).slice(0, 2)).toEqual([where, continues]);
    // Asked about another place than the sentence before is about ("Ook daar …" after "… in Vlagtwedde."), the next best sentence leads.
    expect(selectAnswer([continues, later], { questionWeights: weights, maxSentences: 5, pool, aboutOtherPlace: (s) => s === where })[0]).toBe(later);
    // A lead that stands on its own opens the answer alone.
    const alone = { ...continues, candidate: { ...continues.candidate, continuesPrevious: false } };
    expect(selectAnswer([alone, later], { questionWeights: weights, maxSentences: 5, pool: [alone, later, where] })[0]).toBe(alone);
  });

  it('keeps out sentences of other documents unless they score close to the lead', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico'], relevance: 10 });
    const weakOther = sentence({ passage: other, passageRank: 1, position: 0, terms: ['wachtlijst', 'gemeente'], relevance: 5 });
    const strongOther = sentence({ passage: other, passageRank: 1, position: 2, terms: ['client', 'wachtlijst', 'budget'], relevance: 7 });
    expect(selectAnswer([lead, strongOther, weakOther], { questionWeights: weights, maxSentences: 5 })).toEqual([lead, strongOther]);
    expect(selectAnswer([lead, strongOther, weakOther], { questionWeights: weights, maxSentences: 5, sameDocumentOnly: true })).toEqual([lead]);
    // From another document, a sentence leaning on one before it ("We willen dat …") is not quoted, however well it scores.
    const leaningOther = sentence({ passage: other, passageRank: 1, position: 2, terms: ['client', 'wachtlijst', 'budget'], relevance: 7, opensOnContext: true });
    expect(selectAnswer([lead, leaningOther], { questionWeights: weights, maxSentences: 5 })).toEqual([lead]);
  });

  it('asked what something is, leads with the sentence that says what it is, even from a lower-ranked passage', () => {
    const aboutIt = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'advies', 'sector'], relevance: 10 });
    const definesIt = { ...sentence({ passage: other, passageRank: 3, position: 0, terms: ['lumpsum', 'vast', 'bedrag'], relevance: 4, score: 11 }), definesSubject: true };
    expect(selectAnswer([definesIt, aboutIt], { questionWeights: weights, maxSentences: 3 })[0]).toBe(definesIt);
    // Without the definition the best-ranked passage leads, as always.
    expect(selectAnswer([{ ...definesIt, definesSubject: false }, aboutIt], { questionWeights: weights, maxSentences: 3 })[0]).toBe(aboutIt);
  });

  it('asked what something is, leads with the best-ranked passage\'s definition when a lower-ranked one (a glossary line) defines it too', () => {
    const topDefinition = { ...sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'vast', 'budget', 'taak'], relevance: 2.5, score: 6.2 }), definesSubject: true };
    // The search ranks the two passages as good as tied (rank fusion): without the rule the better-scoring glossary line would lead.
    const glossary = { ...sentence({ passage: passage('begrippen', 1, 0.98), passageRank: 8, position: 3, terms: ['lumpsum', 'vast', 'budget'], relevance: 3.1, score: 7.8 }), definesSubject: true };
    expect(selectAnswer([glossary, topDefinition], { questionWeights: weights, maxSentences: 3, sameDocumentOnly: true })[0]).toBe(topDefinition);
    // A glossary line that lists what was asked for ("vier hefbomen, namelijk …") keeps the lead.
    const listing = { ...glossary, candidate: { ...glossary.candidate, listCount: 4 } };
    expect(selectAnswer([listing, topDefinition], { questionWeights: weights, maxSentences: 3, sameDocumentOnly: true })[0]).toBe(listing);
  });

  it('for a why-question, brings the sentences next to the lead in its paragraph, in the document order', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 4, terms: ['lumpsum', 'risico', 'verlengd'], relevance: 10 });
    const reasonBefore = sentence({ passage: top, passageRank: 0, position: 3, terms: ['onderhandeling', 'tijd'], relevance: 0 });
    const after = sentence({ passage: top, passageRank: 0, position: 5, terms: ['overbrugging'], relevance: 0 });
    const otherParagraph = { ...sentence({ passage: top, passageRank: 0, position: 6, terms: ['later'], relevance: 0 }), candidate: { ...sentence({ passage: top, passageRank: 0, position: 6, terms: ['later'], relevance: 0 }).candidate, paragraph: 1 } };
    const pool = [lead, reasonBefore, after, otherParagraph];
    expect(selectAnswer([lead], { questionWeights: weights, maxSentences: 6, pool, neighbours: { before: 1, after: 1 } })).toEqual([reasonBefore, lead, after]);
    // A sentence before the lead that leans on one before it ("Dit sluit aan op …") does not open the answer.
    const leaning = { ...reasonBefore, candidate: { ...reasonBefore.candidate, opensOnContext: true } };
    expect(selectAnswer([lead], { questionWeights: weights, maxSentences: 6, pool: [leaning, lead, after, otherParagraph], neighbours: { before: 1, after: 1 } })).toEqual([lead, after]);
    // Without neighbours (not a why- or how-question) the lead stands with its own support only.
    expect(selectAnswer([lead], { questionWeights: weights, maxSentences: 6 })).toEqual([lead]);
  });

  it('for a why-question whose lead states the cause itself ("…, omdat …"), opens with the lead, not with the sentence before it', () => {
    const because = { ...sentence({ passage: top, passageRank: 0, position: 4, terms: ['lumpsum', 'risico'], relevance: 10, hasAnswerType: true }) };
    const lead = { ...because, candidate: { ...because.candidate, text: 'Een lumpsum verlaagt het risico, omdat de verantwoording per cliënt vervalt.' } };
    const before = sentence({ passage: top, passageRank: 0, position: 3, terms: ['budget'], relevance: 0 });
    const after = sentence({ passage: top, passageRank: 0, position: 5, terms: ['overbrugging'], relevance: 0 });
    const neighbours = { before: 1, after: 1, reasons: true };
    expect(selectAnswer([lead], { questionWeights: weights, maxSentences: 6, pool: [before, lead, after], neighbours })).toEqual([lead, after]);
    // A purpose is no cause: "Om de aanbesteding af te ronden is het traject verlengd." brings the sentence before it, which says why.
    const purpose = { ...lead, candidate: { ...lead.candidate, text: 'Om de aanbesteding zorgvuldig af te ronden is het traject met een half jaar verlengd.' } };
    expect(selectAnswer([purpose], { questionWeights: weights, maxSentences: 6, pool: [before, purpose, after], neighbours })).toEqual([before, purpose, after]);
  });

  it('for a why-question, brings the reason stated right after a supporting sentence of the lead document', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico', 'client'], relevance: 10 });
    const support = sentence({ passage: sameDocLater, passageRank: 3, position: 3, terms: ['lumpsum', 'wachtlijst', 'keus'], relevance: 8 });
    const reason = sentence({ passage: sameDocLater, passageRank: 3, position: 4, terms: ['keuzevrijheid'], relevance: 0, hasAnswerType: true });
    const plain = sentence({ passage: sameDocLater, passageRank: 3, position: 4, terms: ['keuzevrijheid'], relevance: 0 });
    expect(selectAnswer([lead, support], { questionWeights: weights, maxSentences: 6, pool: [lead, support, reason], neighbours: { before: 1, after: 1, reasons: true } })).toEqual([lead, support, reason]);
    expect(selectAnswer([lead, support], { questionWeights: weights, maxSentences: 6, pool: [lead, support, plain], neighbours: { before: 1, after: 1, reasons: true } })).toEqual([lead, support]);
  });

  it('for a why-question, brings after a reason the sentences that add the next one ("Bovendien …", "En …"), not any sentence', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico', 'client'], relevance: 10 });
    const support = sentence({ passage: sameDocLater, passageRank: 3, position: 3, terms: ['lumpsum', 'wachtlijst', 'keus'], relevance: 8 });
    const reason = sentence({ passage: sameDocLater, passageRank: 3, position: 4, terms: ['keuzevrijheid'], relevance: 0, hasAnswerType: true });
    const more = sentence({ passage: sameDocLater, passageRank: 3, position: 5, terms: ['Bovendien', 'dyslexie'], relevance: 0 });
    const andMore = sentence({ passage: sameDocLater, passageRank: 3, position: 6, terms: ['En', 'nabijheid'], relevance: 0, hasAnswerType: true });
    const other = sentence({ passage: sameDocLater, passageRank: 3, position: 5, terms: ['Wethouder', 'dyslexie'], relevance: 0 });
    const options = { questionWeights: weights, maxSentences: 6, neighbours: { before: 1, after: 1, reasons: true } };
    expect(selectAnswer([lead, support], { ...options, pool: [lead, support, reason, more] })).toEqual([lead, support, reason, more]);
    // "Bovendien …" gives no reason itself: the chain stops after it.
    expect(selectAnswer([lead, support], { ...options, pool: [lead, support, reason, more, andMore] })).toEqual([lead, support, reason, more]);
    const moreReason = { ...more, hasAnswerType: true };
    expect(selectAnswer([lead, support], { ...options, pool: [lead, support, reason, moreReason, andMore] })).toEqual([lead, support, reason, moreReason, andMore]);
    expect(selectAnswer([lead, support], { ...options, pool: [lead, support, reason, other] })).toEqual([lead, support, reason]);
  });

  it('for a why-question, opens with a conclusion ("Daarom …") and the sentence before it that gives the reason, when the conclusion scores at least half the lead', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 3, terms: ['lumpsum', 'risico', 'client'], relevance: 10 });
    const reason = sentence({ passage: top, passageRank: 0, position: 0, terms: ['verbetering'], relevance: 0 });
    const conclusion = sentence({ passage: top, passageRank: 0, position: 1, terms: ['Daarom', 'lumpsum', 'opgezegd'], relevance: 6 });
    const options = { questionWeights: weights, maxSentences: 3, neighbours: { before: 1, after: 1, reasons: true } };
    const picked = selectAnswer([lead, conclusion], { ...options, pool: [reason, conclusion, lead] });
    expect(picked.slice(0, 2)).toEqual([reason, conclusion]);
    // A weak conclusion does not lead, but still brings its reason along.
    const weakConclusion = { ...conclusion, relevance: 4, score: 4 };
    expect(selectAnswer([lead, weakConclusion], { ...options, pool: [reason, weakConclusion, lead] })).toEqual([lead, reason, weakConclusion]);
    // Not asked why: no reason brought along.
    expect(selectAnswer([lead, weakConclusion], { questionWeights: weights, maxSentences: 3, pool: [reason, weakConclusion, lead] })).toEqual([lead, weakConclusion]);
  });

  it('for a why-question, brings a quotation right before the lead whole, also from the passage before it, in the document\'s order', () => {
    const earlier = passage('brabant', 0);
    const later = passage('brabant', 1);
    const lead = sentence({ passage: later, passageRank: 0, position: 0, terms: ['lumpsum', 'risico', 'client'], relevance: 10 });
    const opens = { ...sentence({ passage: earlier, passageRank: 1, position: 3, terms: ['versnipperd'], relevance: 0 }) };
    opens.candidate = { ...opens.candidate, text: '"We merkten dat het super versnipperd is.' };
    const tail = { ...sentence({ passage: earlier, passageRank: 1, position: 4, terms: ['overzicht'], relevance: 0 }) };
    tail.candidate = { ...tail.candidate, text: 'Dan moet je al die aanbieders in beeld hebben, maar dat is niet te doen."' };
    const options = { questionWeights: weights, maxSentences: 5, neighbours: { before: 1, after: 1, reasons: true } };
    expect(selectAnswer([lead], { ...options, pool: [lead, opens, tail] })).toEqual([opens, tail, lead]);
    // Without the sentence that opens it, the quotation's tail stays out.
    expect(selectAnswer([lead], { ...options, pool: [lead, tail] })).not.toContain(tail);
  });

  it('brings after a supporting sentence the next one that gives its examples ("Zo kan …", "Bijvoorbeeld …"), before weaker support', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico', 'client'], relevance: 10 });
    const announces = sentence({ passage: sameDocLater, passageRank: 3, position: 3, terms: ['lumpsum', 'wachtlijst', 'verbetering'], relevance: 8 });
    const examples = sentence({ passage: sameDocLater, passageRank: 3, position: 4, terms: ['Zo', 'kan', 'melden', 'eenvoudiger'], relevance: 0 });
    const weaker = sentence({ passage: sameDocLater, passageRank: 3, position: 8, terms: ['client', 'wachtlijst'], relevance: 7 });
    const notExamples = { ...examples, candidate: { ...examples.candidate, text: 'Het rapport staat op de website' } };
    expect(selectAnswer([lead, announces, weaker], { questionWeights: weights, maxSentences: 3, pool: [lead, announces, examples, weaker] })).toEqual([lead, announces, examples]);
    expect(selectAnswer([lead, announces, weaker], { questionWeights: weights, maxSentences: 3, pool: [lead, announces, notExamples, weaker] })).toEqual([lead, announces, weaker]);
    const itConcerns = { ...examples, candidate: { ...examples.candidate, text: 'Het gaat bijvoorbeeld om de inhuur van externe klantmanagers.' } };
    const midSentence = { ...examples, candidate: { ...examples.candidate, text: 'Inwoners moesten bijvoorbeeld lang wachten op reparaties.' } };
    expect(selectAnswer([lead, announces, weaker], { questionWeights: weights, maxSentences: 3, pool: [lead, announces, midSentence, weaker] })).toEqual([lead, announces, midSentence]);
    const late = { ...examples, candidate: { ...examples.candidate, text: 'Het rapport van de rekenkamer noemt het bijvoorbeeld niet.' } };
    expect(selectAnswer([lead, announces, weaker], { questionWeights: weights, maxSentences: 3, pool: [lead, announces, late, weaker] })).toEqual([lead, announces, weaker]);
    expect(selectAnswer([lead, announces, weaker], { questionWeights: weights, maxSentences: 3, pool: [lead, announces, itConcerns, weaker] })).toEqual([lead, announces, itConcerns]);
  });

  it('for a list question, brings the two sentences after a lead that names the things asked for without listing them', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 2, terms: ['lumpsum', 'risico', 'maatregel'], relevance: 10 });
    const first = sentence({ passage: top, passageRank: 0, position: 3, terms: ['klantmanager'], relevance: 0 });
    const second = sentence({ passage: top, passageRank: 0, position: 4, terms: ['hulpvraag'], relevance: 0 });
    const third = sentence({ passage: top, passageRank: 0, position: 5, terms: ['uniek'], relevance: 0 });
    const before = sentence({ passage: top, passageRank: 0, position: 1, terms: ['brief'], relevance: 0 });
    const neighbours = { before: 0, after: 2 };
    expect(selectAnswer([lead], { questionWeights: weights, maxSentences: 6, neighbours, pool: [before, lead, first, second, third] })).toEqual([lead, first, second]);
    // A lead that quotes its items already needs none.
    const listing = { ...lead, candidate: { ...lead.candidate, enumerates: true } };
    expect(selectAnswer([listing], { questionWeights: weights, maxSentences: 6, neighbours, pool: [before, listing, first, second, third] })).toEqual([listing]);
  });

  it('for a why-question whose lead gives no reason, takes the reason sentence of its document from a lower score', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico', 'client'], relevance: 20 });
    const reason = sentence({ passage: sameDocLater, passageRank: 5, position: 2, terms: ['oorzaak', 'langer'], relevance: 3.5, hasAnswerType: true });
    expect(selectAnswer([lead, reason], { questionWeights: weights, maxSentences: 6 })).toEqual([lead, reason]);
    const leadWithReason = { ...lead, hasAnswerType: true };
    expect(selectAnswer([leadWithReason, reason], { questionWeights: weights, maxSentences: 6 })).toEqual([leadWithReason]);
  });

  it('does not lead with a sentence that opens on the one before, but lets it support right after that one', () => {
    const opens = sentence({ passage: top, passageRank: 0, position: 3, terms: ['wachtlijst', 'client', 'oktober', 'lumpsum'], relevance: 12, opensOnContext: true });
    const plain = sentence({ passage: top, passageRank: 0, position: 6, terms: ['lumpsum', 'risico', 'budget'], relevance: 10 });
    const before = sentence({ passage: top, passageRank: 0, position: 2, terms: ['gemeente'], relevance: 0 });
    expect(selectAnswer([opens, plain], { questionWeights: weights, maxSentences: 5, pool: [before, opens, plain] })).toEqual([plain, before, opens]);
    // Without the sentence it opens on ("Dit is de groep …" after a sentence about something else), it is not quoted.
    expect(selectAnswer([opens, plain], { questionWeights: weights, maxSentences: 5, pool: [opens, plain] })).toEqual([plain]);
    // In a news article a paragraph of one sentence ("Dat meldt het college …") leans on the paragraph before it.
    const ownParagraph = { ...opens, candidate: { ...opens.candidate, paragraph: 1 } };
    expect(selectAnswer([ownParagraph, plain], { questionWeights: weights, maxSentences: 5, pool: [before, ownParagraph, plain] })).toEqual([plain, before, ownParagraph]);
    // A sentence continuing the one before ("Toch constateert hij …") is judged the same way.
    const continues = { ...opens, relevance: 8, score: 8, candidate: { ...opens.candidate, opensOnContext: false, continuesPrevious: true } };
    expect(selectAnswer([plain, continues], { questionWeights: weights, maxSentences: 5, pool: [continues, plain] })).toEqual([plain]);
  });

  it('reads a supporting sentence right after the sentence it leans on ("‘Dat is best een stevig bedrag’, aldus …" after the lead)', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 5, terms: ['lumpsum', 'risico'], relevance: 10 });
    const earlier = sentence({ passage: top, passageRank: 0, position: 1, terms: ['client', 'budget'], relevance: 8 });
    const that = sentence({ passage: top, passageRank: 0, position: 6, terms: ['wachtlijst', 'oktober'], relevance: 7, opensOnContext: true });
    expect(selectAnswer([lead, earlier, that], { questionWeights: weights, maxSentences: 5, pool: [earlier, lead, that] })).toEqual([lead, that, earlier]);
  });

  it('quotes a supporting sentence that opens on the one before ("Hij coördineert …") after that one, one sentence beyond the limit at most', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico'], relevance: 10 });
    const who = sentence({ passage: top, passageRank: 0, position: 4, terms: ['wethouder', 'stadskanaal'], relevance: 0 });
    const he = sentence({ passage: top, passageRank: 0, position: 5, terms: ['lumpsum', 'client', 'inkoop'], relevance: 8, opensOnContext: true });
    expect(selectAnswer([lead, he], { questionWeights: weights, maxSentences: 5, pool: [lead, who, he] })).toEqual([lead, who, he]);
    // Room for the sentence itself but not for the one it leans on: one beyond the limit, not two.
    const filler = sentence({ passage: top, passageRank: 0, position: 2, terms: ['wachtlijst', 'oktober'], relevance: 9 });
    expect(selectAnswer([lead, filler, he], { questionWeights: weights, maxSentences: 3, pool: [lead, filler, who, he] })).toEqual([lead, filler, who, he]);
    // Once the room beyond the limit is taken, a further such sentence is not quoted without the one it leans on.
    const where = sentence({ passage: top, passageRank: 0, position: 8, terms: ['gemeente'], relevance: 0 });
    const there = sentence({ passage: top, passageRank: 0, position: 9, terms: ['wachtlijst', 'contract'], relevance: 7, opensOnContext: true });
    expect(selectAnswer([lead, he, there], { questionWeights: weights, maxSentences: 3, pool: [lead, who, he, where, there] })).toEqual([lead, who, he]);
    // Nor when the sentence before leans on another itself: that one is not brought along.
    const leaning = { ...who, candidate: { ...who.candidate, opensOnContext: true } };
    expect(selectAnswer([lead, he], { questionWeights: weights, maxSentences: 5, pool: [lead, leaning, he] })).toEqual([lead]);
  });

  it('asked about a place, leaves out support from another document that is not about it', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico'], relevance: 10 });
    const elsewhere = sentence({ passage: other, passageRank: 1, position: 2, terms: ['client', 'wachtlijst'], relevance: 9 });
    expect(selectAnswer([lead, elsewhere], { questionWeights: weights, maxSentences: 5 })).toEqual([lead, elsewhere]);
    expect(selectAnswer([lead, elsewhere], { questionWeights: weights, maxSentences: 5, aboutAskedPlace: (docId) => docId === 'risicos' })).toEqual([lead]);
    expect(selectAnswer([lead, elsewhere], { questionWeights: weights, maxSentences: 5, aboutAskedPlace: () => true })).toEqual([lead, elsewhere]);
  });

  it('after a lead that quotes a list with its items, adds at most three sentences', () => {
    const list = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico', 'client'], relevance: 10, covers: [0, 1, 2, 3] });
    const others = [5, 6, 7, 8, 9].map((position) => sentence({ passage: top, passageRank: 0, position, terms: ['lumpsum', `feit${position}`, `ander${position}`], relevance: 8 }));
    expect(selectAnswer([list, ...others], { questionWeights: weights, maxSentences: 6 })).toHaveLength(4);
  });

  it('leaves out a sentence that says the same as one already picked, and stops at the maximum', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico', 'client', 'wachtlijst'], relevance: 10 });
    const same = sentence({ passage: top, passageRank: 0, position: 5, terms: ['lumpsum', 'risico', 'client', 'wachtlijst', 'vaak'], relevance: 9 });
    const others = [1, 2, 3, 4].map((position) => sentence({ passage: top, passageRank: 0, position, terms: ['lumpsum', `feit${position}`, `ander${position}`], relevance: 8 - position }));
    const picked = selectAnswer([lead, same, ...others], { questionWeights: weights, maxSentences: 3 });
    expect(picked).not.toContain(same);
    expect(picked).toHaveLength(3);
  });

  it('drops sentences far below the lead, but gives a lone lead its best further sentence of the same document', () => {
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'risico'], relevance: 10 });
    const weak = sentence({ passage: top, passageRank: 0, position: 3, terms: ['lumpsum', 'contract'], relevance: 2.5 });
    const tooWeak = sentence({ passage: top, passageRank: 0, position: 6, terms: ['jaar'], relevance: 1 });
    expect(selectAnswer([lead, weak, tooWeak], { questionWeights: weights, maxSentences: 5 })).toEqual([lead, weak]);
  });

  it('never leads with a sentence that refers back, and quotes it only after the sentence it refers to', () => {
    const dangling = sentence({ passage: top, passageRank: 0, position: 3, terms: ['lumpsum', 'risico', 'client', 'wachtlijst'], relevance: 12, refersBack: true });
    const lead = sentence({ passage: top, passageRank: 0, position: 0, terms: ['lumpsum', 'budget'], relevance: 10 });
    expect(selectAnswer([dangling, lead], { questionWeights: weights, maxSentences: 5 })).toEqual([lead]);
    const antecedent = sentence({ passage: top, passageRank: 0, position: 2, terms: ['lumpsum', 'client', 'gemeente'], relevance: 11 });
    expect(selectAnswer([dangling, antecedent, lead], { questionWeights: weights, maxSentences: 5 })).toEqual([antecedent, lead, dangling]);
  });
});
