import { documentsAboutAskedPlaces } from './asked-places.ts';
import { ABSTAIN_TEXT, AMOUNT_NOT_IN_SOURCES_TEXT } from '../../assistant/index.ts';
import type { Language } from '../../assistant/index.ts';
import type { Chunk } from '../../sources/knowledge/index.ts';
import type { RetrievedPassage } from '../../sources/knowledge/index.ts';
import type { AnswerComposer, ComposedAnswer, RefusalReason } from '../../assistant/index.ts';
import { CitationNumbering } from './citation-numbering.ts';
import { CONSIDERATION_GROUPS, considerationGroupOf, GROUP_TITLES, type ConsiderationGroup } from './consideration-groups.ts';
import { gemeentenMissingFromPassages, namesKnownOnlyByParts, passageTerms, questionWords, unknownNames, unknownWordShare, unknownYears, weightedCoverage } from './evidence.ts';
import { expectedAnswerType, namesBeyond, narrowerKind, type AnswerType } from './answer-type.ts';
import { followUpSuggestions } from './follow-up-suggestions.ts';
import { questionShape } from './question-shape.ts';
import { isDefinitionQuestion } from '../../assistant/index.ts';
import { createPassageAnalyser, type CandidateSentence, type PassageAnalysis } from './passage-analysis.ts';
import { overlap, selectAnswer, type Neighbours } from './answer-selection.ts';
import { listAnnouncementOf } from './list-announcement.ts';
import { figureFits } from './figure-sentence.ts';
import { countedTermsOf, countsTerms } from './counted-noun.ts';
import { pickGemeentenList } from './gemeenten-list.ts';
import { askedNounTermsOf, asksForOneThing, namesAskedThing } from './named-answer.ts';
import { withBalancedQuotes } from './balanced-quotes.ts';
import { amountNotInSources } from './amount-question.ts';
import { roleNotInSources } from './role-question.ts';
import type { ScoredSentence } from './scored-sentence.ts';
import type { TermMatcher } from './term-matcher.ts';
import type { Bilingual } from '../../lib/index.ts';

/**
 * From this share of words the corpus never uses, a question is about something else. English
 * questions about a Dutch corpus naturally have more unknown words; the thesaurus bridges the key ones.
 */
const MAX_UNKNOWN_WORD_SHARE: Bilingual<number> = { nl: 0.6, en: 0.75 };
/** A Dutch question of at least this many content words is about something else from half of them unknown. */
const LONGER_QUESTION_WORDS = 4;
const LONGER_QUESTION_MAX_UNKNOWN_SHARE = 0.5;

/** The words that frame a definition question ("Wat betekent …?", "Welke rol heeft …?", "What does … mean?"), not its subject. */
const DEFINITION_FRAME = /\b(betekent|betekenen|houdt|means?|rol|rollen|role|roles|doet|doen|does|do|play|plays|speelt|spelen|responsible|verantwoordelijk|waarvoor)\b/gi;

const ENGLISH_LEAD = 'From the sources (quoted in Dutch, as written):';

export interface OfflineComposerOptions {
  terms: TermMatcher;
  /** Idf-weighted share of the question's known terms that the top passages must contain (0–1). */
  minCoverage?: number;
}

/** A figure from the documents: the sentence that gives it, and at most one more. */
const FIGURE_SENTENCES = 2;

/** A "should we…?" answer: up to three sentences per group of considerations. */
const DECISION_SENTENCES = 9;

/**
 * Composes an answer without a language model: picks the sentences of the retrieved passages that
 * best match the question, keeps them verbatim (numbers and names intact), cites each one, and
 * groups them for "should we…?" questions. Abstains when the passages do not cover the question.
 */
export function createOfflineComposer(options: OfflineComposerOptions): AnswerComposer {
  const { terms } = options;
  const analyse = createPassageAnalyser(terms);
  const minCoverage = options.minCoverage ?? 0.4;

  return {
    passagesWanted(question: string): number | undefined {
      // The gemeenten of a "Welke gemeenten …?" answer stand in many documents.
      return expectedAnswerType(question) === 'gemeenten' ? GEMEENTEN_LIST_PASSAGES : undefined;
    },
    // The answer to a section's question can stand in the chunk next to the passage the search found.
    contextDocuments: CONTEXT_DOCUMENTS,
    compose({ question, language, passages, figuresOnly = false }): ComposedAnswer {
      const queryTerms = terms.queryTerms(question);
      // Whether the sources cover the question is judged on what the search found, not on added context.
      const top = passages.filter((p) => !p.context).slice(0, 4);
      if (top.length === 0 || queryTerms.size === 0) return abstain(language, 'no-passages');
      const present = passageTerms(top.map((p) => analyse(p.chunk)));
      const words = questionWords({ question, terms });
      const unknownShare = unknownWordShare(words, present);
      if (unknownShare >= MAX_UNKNOWN_WORD_SHARE[language]) return abstain(language, 'unknown-words');
      if (language === 'nl' && words.length >= LONGER_QUESTION_WORDS && unknownShare >= LONGER_QUESTION_MAX_UNKNOWN_SHARE) return abstain(language, 'unknown-words');
      // A gemeente counts as covered when the documents of the top passages name it anywhere (a byline, another section).
      const topDocuments = top.map((p) => terms.documentTerms(p.chunk.docId));
      const documentsPresent = { has: (term: string) => topDocuments.some((document) => document.has(term)) };
      if (gemeentenMissingFromPassages({ question, present: documentsPresent, terms }).length > 0) return abstain(language, 'gemeente-not-in-sources');
      if (unknownNames({ question, terms }).length > 0) return abstain(language, 'unknown-name');
      if (namesKnownOnlyByParts({ question, terms }).length > 0) return abstain(language, 'unknown-name');
      if (unknownYears({ question, terms }).length > 0) return abstain(language, 'unknown-year');
      if (weightedCoverage({ words, present, terms }) < minCoverage) return abstain(language, 'low-coverage');

      const answerType = figuresOnly ? 'quantity' : expectedAnswerType(question);
      const wantsDefinition = isDefinitionQuestion(question);
      // "Wat betekent X?" asks about X: "betekent" is the question's frame, not something to match.
      const asked = wantsDefinition ? question.replace(DEFINITION_FRAME, ' ') : question;
      const askedTerms = asked === question ? queryTerms : terms.queryTerms(asked);
      const questionWeights = weightsOf(language === 'en' ? withTranslationsAsOwnWords(askedTerms, terms.untranslatedQueryTerms(asked)) : askedTerms, terms);
      const aboutAskedPlaces = documentsAboutAskedPlaces(question, terms);
      const wantedCount = listAnnouncementOf(question.replace(/\?$/, ''))?.count;
      const everySentence = scoreSentences({ question, counted: countedTermsOf(question, terms), askedNoun: askedNounTermsOf(question, terms), terms, passages: placesFirst(passages, aboutAskedPlaces), analyse, questionWeights, queryTerms: askedTerms, questionTerms: new Set(terms.sentenceTerms(asked)), wantsDefinition, answerType, wantsList: LIST_QUESTION.test(question), wantedCount });
      const scored = everySentence.filter((s) => s.score > 0);
      if (!figuresOnly && amountNotInSources({ question, scored, terms })) return abstain(language, 'amount-not-in-sources');
      if (!figuresOnly && roleNotInSources({ question, scored, terms, aboutAskedPlaces })) return abstain(language, 'no-answer-sentence');
      const shape = figuresOnly ? 'explanation' : questionShape(question);
      const candidates = figuresOnly ? scored.filter((s) => figureFits({ sentence: s.candidate.text, passageTerms: analyse(s.passage.chunk).terms, question, terms })) : scored;
      const maxSentences = figuresOnly ? FIGURE_SENTENCES : maxSentencesFor({ question, answerType, wantsDefinition });
      const gemeentenList = answerType === 'gemeenten' && shape !== 'decision' ? pickGemeentenList({ scored: candidates, question, maxSentences, aboutAskedPlace: aboutAskedPlaces ? (s) => aboutAskedPlaces(s.passage.chunk.docId) : () => true }) : [];
      const picked = gemeentenList.length > 0 ? gemeentenList : shape === 'decision' ? pickForDecision(candidates, DECISION_SENTENCES) : selectAnswer(candidates, { questionWeights, maxSentences, sameDocumentOnly: wantsDefinition, pool: everySentence, kindLeads: answerType === 'quantity' || answerType === 'time', ...neighboursFor({ answerType, wantsList: LIST_QUESTION.test(question) }) });
      if (picked.length === 0) return abstain(language, 'no-answer-sentence');

      const numbering = new CitationNumbering();
      const cite = (s: ScoredSentence): string => `${withBalancedQuotes(s.candidate.text)} [${numbering.numberFor(s.passage, s.candidate.text)}]`;
      const body = shape === 'decision' ? renderGroups(picked, language, cite) : renderParagraph(picked, cite);
      const answer = language === 'en' && !figuresOnly ? `${ENGLISH_LEAD}\n\n${body}` : body;
      const suggestions = followUpSuggestions({ passages, quotedChunkIds: new Set(picked.map((s) => s.passage.chunk.id)) });
      return { answer, citations: numbering.citations, abstained: false, suggestions };
    },
  };
}

function abstain(language: Language, refusal: RefusalReason): ComposedAnswer {
  // "No amount for this gemeente" says what is missing, then offers what the assistant can do.
  const answer = refusal === 'amount-not-in-sources' ? AMOUNT_NOT_IN_SOURCES_TEXT[language] : ABSTAIN_TEXT[language];
  return { answer, citations: [], abstained: true, refusal, suggestions: [] };
}

/**
 * In an English question over Dutch sentences the translations are the user's words: they weigh as
 * much as the names and numbers that match as written, else a sentence repeating the question's names
 * leads over the one that says what was asked.
 */
function withTranslationsAsOwnWords(queryTerms: Map<string, number>, untranslated: Map<string, number>): Map<string, number> {
  return new Map([...queryTerms].map(([term, weight]) => [term, untranslated.has(term) ? weight : Math.max(weight, 1)]));
}

function weightsOf(queryTerms: Map<string, number>, terms: TermMatcher): Map<string, number> {
  return new Map([...queryTerms].map(([term, weight]) => [term, weight * terms.idf(term)]));
}

/**
 * Asked about a place ("de Friese gemeenten", "Haagse", "Almere"), the documents that name it come
 * first, in the search's order: one that names none of them answers about another place.
 */
function placesFirst(passages: RetrievedPassage[], aboutAskedPlaces: ((docId: string) => boolean) | undefined): RetrievedPassage[] {
  if (!aboutAskedPlaces) return passages;
  return [...passages.filter((p) => aboutAskedPlaces(p.chunk.docId)), ...passages.filter((p) => !aboutAskedPlaces(p.chunk.docId))];
}

/** The best document's found passages come with the chunks right before and after them: a section's answer can stand next to the passage the search found. */
const CONTEXT_DOCUMENTS = 1;
/** A chunk added next to a found passage is weaker evidence than one the search found itself. */
const CONTEXT_PASSAGE_WEIGHT = 0.8;

/** Passages searched for a "Welke gemeenten …?" answer: three times the usual, the gemeenten stand in many documents. */
const GEMEENTEN_LIST_PASSAGES = 24;

/** Plain questions get a lead and a few supporting sentences; list, why and how questions a little more room. */
function maxSentencesFor({ question, answerType, wantsDefinition }: { question: string; answerType: AnswerType | undefined; wantsDefinition: boolean }): number {
  if (wantsDefinition) return 3;
  if (answerType === 'reason' || answerType === 'means' || LIST_QUESTION.test(question)) return 6;
  return 5;
}

/** Why and how: the sentence before and after the lead; a list question: the two after it (its items, written as prose). */
function neighboursFor({ answerType, wantsList }: { answerType: AnswerType | undefined; wantsList: boolean }): { neighbours?: Neighbours } {
  if (answerType === 'reason') return { neighbours: { before: 1, after: 1, reasons: true } };
  if (answerType === 'means') return { neighbours: { before: 1, after: 1 } };
  if (wantsList) return { neighbours: { before: 0, after: 2 } };
  return {};
}

/**
 * A sentence giving the very thing asked for answers before one that only repeats the question: the
 * count of what a how-many question counts ("641.124 inwoners"), the name of what a which-question
 * asks for ("onderzoeksbureau B&A").
 */
const ASKED_THING_BONUS = 1.5;

/** A list question is answered by a sentence naming things in a row, a little less than by a list it announces. */
const ENUMERATION_BONUS = 1.25;

const LIST_QUESTION = /^\s*(welke|wat zijn|noem|which|what are|name)\b/i;

function scoreSentences(options: {
  passages: RetrievedPassage[];
  analyse: (chunk: Chunk) => PassageAnalysis;
  questionWeights: Map<string, number>;
  /** The query terms before idf weighting: own words 1, synonyms and compound parts less. */
  queryTerms: ReadonlyMap<string, number>;
  /** The question's own analysed terms, compound parts included. */
  questionTerms: Set<string>;
  wantsDefinition: boolean;
  answerType: AnswerType | undefined;
  /** A list question ("Welke drie …?"), and the number of items it asks for when it says so. */
  wantsList: boolean;
  wantedCount: number | undefined;
  question: string;
  /** What a how-many question counts, and the matcher to find it after a number. */
  counted: ReadonlySet<string>;
  /** What a which-question asks for ("Welk onderzoeksbureau …?"), to find it named ("onderzoeksbureau B&A"). */
  askedNoun: ReadonlySet<string>;
  terms: TermMatcher;
}): ScoredSentence[] {
  const { counted, askedNoun, terms, passages, analyse, questionWeights, queryTerms, questionTerms, wantsDefinition, answerType, wantsList, wantedCount } = options;
  const topDocument = passages[0]?.chunk.docId;
  const asksForOne = asksForOneThing(options.question);
  // Asked for money, a duration or a frequency, a sentence with another number ("Twee derde …", "in 2021") does not give it.
  const givesNarrowerKind = narrowerKind(options.question, answerType);
  // Passages of one document share its rank: a later passage of the best document is as good evidence.
  const documentRanks = [...new Set(passages.map((p) => p.chunk.docId))];
  const result: ScoredSentence[] = [];
  passages.forEach((passage, passageRank) => {
    const contextWeight = passage.context ? CONTEXT_PASSAGE_WEIGHT : 1;
    const documentRank = documentRanks.indexOf(passage.chunk.docId);
    const { headingTerms, candidates } = analyse(passage.chunk);
    for (const candidate of candidates) {
      if (!glossaryEntryFits(candidate, questionTerms, wantsDefinition ? queryTerms : NO_SYNONYMS)) continue;
      let match = 0;
      for (const term of candidate.terms) match += questionWeights.get(term) ?? 0;
      match += prefixMatch(questionWeights, questionTerms, candidate.terms);
      for (const term of headingTerms) if (!candidate.terms.has(term)) match += 0.3 * (questionWeights.get(term) ?? 0);
      // Sentences without a question term stay in with score 0: one may stand next to the lead and give its reason.
      // A list quoted with its items is judged on its announcement for a list question, on its whole length otherwise.
      const judgedTerms = wantsList || candidate.covers.length === 1 ? candidate.ownTermCount : candidate.terms.size;
      const lengthPenalty = Math.sqrt(Math.max(10, judgedTerms) / 10);
      const definitionBonus = wantsDefinition ? definitionBonusOf(candidate, questionWeights) : 1;
      const documentBonus = passage.chunk.docId === topDocument ? 1.25 : 1;
      const hasAnswerType = answerType !== undefined && candidate.answerTypes.has(answerType) && (answerType !== 'names' || namesBeyond(candidate.text, options.question)) && (givesNarrowerKind?.(candidate.text) ?? true);
      const answerTypeBonus = hasAnswerType ? ANSWER_TYPE_BONUS[answerType] : 1;
      const rankPrior = 1 / (1 + 0.15 * documentRank) / (1 + 0.03 * passageRank);
      const relevance = (contextWeight * documentBonus * rankPrior * match) / lengthPenalty;
      const givesCount = countsTerms(candidate.text, counted, terms);
      const givesName = namesAskedThing(candidate.text, askedNoun, terms);
      const askedThingBonus = givesCount || givesName ? ASKED_THING_BONUS : 1;
      // One count or one name answers the question; a name does not answer a question for several things.
      const givesAskedThing = givesCount || (givesName && asksForOne);
      const listBonus = wantedCount !== undefined && candidate.listCount === wantedCount ? 2 : wantsList && candidate.listCount !== undefined ? 1.4 : wantsList && candidate.enumerates ? ENUMERATION_BONUS : 1;
      result.push({ candidate, passage, passageRank, hasAnswerType, relevance, score: askedThingBonus * definitionBonus * answerTypeBonus * listBonus * relevance, ...(givesAskedThing ? { givesAskedThing } : {}), ...(definitionBonus === DEFINES_THE_SUBJECT_BONUS ? { definesSubject: true } : {}) });
    }
  });
  return result.sort((a, b) => b.score - a.score);
}

/** Shared stems shorter than this are chance, not the same word ("voorzitter" in "voorzitterschap"). */
const MIN_SHARED_STEM = 6;
/** A past-tense stem this long and its participle are the same word ("werkt" / "gewerkt"); shorter ones are chance. */
const MIN_PARTICIPLE_STEM = 4;
/** A word that only shares its stem with a question term counts for this share of it. */
const PREFIX_MATCH_WEIGHT = 0.5;

/**
 * Question terms the sentence does not contain as such but as the start of a longer word, or the
 * other way round ("voorzitter" / "voorzitterschap", "plaats" / "plaatsingen"): the analyser's stems
 * differ, the word is the same.
 */
function prefixMatch(questionWeights: ReadonlyMap<string, number>, ownTerms: ReadonlySet<string>, sentenceTerms: ReadonlySet<string>): number {
  let match = 0;
  for (const [term, weight] of questionWeights) {
    // Only the question's own words: a synonym list sharing one stem ("bekostigingsvorm",
    // "bekostigingsmodel") would count one sentence word many times.
    if (sentenceTerms.has(term) || !ownTerms.has(term)) continue;
    // A weak verb's past tense and its participle are one word with "ge-" before it ("werkten" / "gewerkt");
    // other stems are often a noun with "ge-" ("bieden" / "gebied", "volgen" / "gevolg").
    if (term.length >= MIN_PARTICIPLE_STEM && term.endsWith('t') && sentenceTerms.has(`ge${term}`)) {
      match += PREFIX_MATCH_WEIGHT * weight;
      continue;
    }
    if (term.length < MIN_SHARED_STEM) continue;
    for (const other of sentenceTerms) {
      if (other.length >= MIN_SHARED_STEM && (other.startsWith(term) || term.startsWith(other))) {
        match += PREFIX_MATCH_WEIGHT * weight;
        break;
      }
    }
  }
  return match;
}

/** A sentence defining what was asked ("Wat is X?" → "X is …") is the answer; one defining something else much less so. */
const DEFINES_THE_SUBJECT_BONUS = 2.5;
const DEFINES_SOMETHING_BONUS = 1.5;

/**
 * Whether a defining sentence defines the question's subject: most words of what it defines are
 * question terms or their synonyms ("Taakgerichte bekostiging is …" for "What is task-based funding?").
 */
function definitionBonusOf(candidate: CandidateSentence, questionWeights: ReadonlyMap<string, number>): number {
  const defined = candidate.definedTerms?.filter((term) => term.length > 0) ?? [];
  if (defined.length === 0) return 1;
  const asked = defined.filter((term) => (questionWeights.get(term) ?? 0) > 0).length;
  return asked * 2 >= defined.length ? DEFINES_THE_SUBJECT_BONUS : DEFINES_SOMETHING_BONUS;
}

const NO_SYNONYMS: ReadonlyMap<string, number> = new Map();

/** A one-word synonym of a question word (thesaurus), or a word of a translated phrase. */
const SYNONYM_WEIGHT = 0.5;

const ANSWER_TYPE_BONUS: Record<AnswerType, number> = { time: 1.6, quantity: 1.6, reason: 1.5, means: 1.25, names: 1.5, gemeenten: 1.6 };

/**
 * A glossary entry ("Outputgerichte bekostiging: …") answers only when its headword is about what was
 * asked: every word of the headword must be one of the question's own words, or, when the question asks
 * what something is in other words (English), a full-weight synonym of them ("What is task-based
 * funding?" → "Taakgerichte bekostiging: …"). Other questions mention the concept, they do not ask for it.
 */
function glossaryEntryFits(sentence: CandidateSentence, questionTerms: Set<string>, querySynonymWeights: ReadonlyMap<string, number>): boolean {
  const { headwordTerms } = sentence;
  return !headwordTerms || (headwordTerms.length > 0 && headwordTerms.every((term) => questionTerms.has(term) || (querySynonymWeights.get(term) ?? 0) >= SYNONYM_WEIGHT));
}

function pickForDecision(scored: ScoredSentence[], limit: number): ScoredSentence[] {
  const perGroup = new Map<ConsiderationGroup, ScoredSentence[]>();
  const chosen: ScoredSentence[] = [];
  for (const sentence of scored) {
    const group = groupOf(sentence);
    if (!group) continue;
    const list = perGroup.get(group) ?? [];
    if (list.length >= 3 || chosen.length >= limit) continue;
    if (chosen.some((p) => overlap(p.candidate.terms, sentence.candidate.terms) > 0.7)) continue;
    list.push(sentence);
    perGroup.set(group, list);
    chosen.push(sentence);
  }
  return chosen.length > 0 ? chosen : scored.slice(0, 4);
}

function renderParagraph(picked: ScoredSentence[], cite: (s: ScoredSentence) => string): string {
  return picked.map(cite).join(' ');
}

function renderGroups(picked: ScoredSentence[], language: Language, cite: (s: ScoredSentence) => string): string {
  const sections: string[] = [];
  for (const group of CONSIDERATION_GROUPS) {
    const members = picked.filter((s) => groupOf(s) === group);
    if (members.length === 0) continue;
    sections.push(`**${GROUP_TITLES[group][language]}**\n\n${members.map(cite).join(' ')}`);
  }
  const ungrouped = picked.filter((s) => !groupOf(s));
  if (ungrouped.length > 0) sections.push(ungrouped.map(cite).join(' '));
  return sections.join('\n\n');
}

function groupOf(sentence: ScoredSentence): ConsiderationGroup | undefined {
  const { chunk } = sentence.passage;
  return considerationGroupOf(sentence.candidate.text, chunk.headingPath, chunk.metadata.title);
}
