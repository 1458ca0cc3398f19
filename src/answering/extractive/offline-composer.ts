import { documentsNamingAskedNames } from './asked-names.ts';
import { attributedPersonOf } from './attribution.ts';
import { documentsAboutAskedPlaces, sentencesAboutOtherPlaces } from './asked-places.ts';
import { sentencesAboutOtherVariants } from './asked-variant.ts';
import { figureMissingFrom } from './missing-figure.ts';
import { countIsQualified } from './count-qualifier.ts';
import { ABSTAIN_TEXT, AMOUNT_NOT_IN_SOURCES_TEXT, COUNT_MAY_DIFFER_TEXT, COUNT_NOT_IN_SOURCES_TEXT } from '../../assistant/index.ts';
import type { Language } from '../../assistant/index.ts';
import type { RetrievedPassage } from '../../sources/knowledge/index.ts';
import type { AnswerComposer, ComposedAnswer, RefusalReason } from '../../assistant/index.ts';
import { CitationNumbering } from './citation-numbering.ts';
import { askedGroupOf, asksBothSides, GROUP_SEARCH_WORDS, type ConsiderationGroup } from './consideration-groups.ts';
import { gemeentenMissingFromPassages, namesKnownOnlyByParts, passageTerms, questionWords, unknownNames, unknownWordShare, unknownYears, weightedCoverage } from './evidence.ts';
import { abbreviationBridges, withBridgedTerms } from './abbreviations.ts';
import { expectedAnswerType, type AnswerType } from './answer-type.ts';
import { comparedThingsOf, pickDifference } from './difference-question.ts';
import { pickBothSides, pickFromGroupSections } from './group-sections.ts';
import { withFrameVerbsDiscounted } from './frame-verbs.ts';
import { followUpSuggestions } from './follow-up-suggestions.ts';
import { questionShape } from './question-shape.ts';
import { isDefinitionQuestion, isPlainDefinitionQuestion, meantWordOf } from '../../assistant/index.ts';
import { createPassageAnalyser } from './passage-analysis.ts';
import { selectAnswer, type Neighbours } from './answer-selection.ts';
import { groupOf, pickForDecision, renderGroups, renderParagraph, renderSides } from './considerations-answer.ts';
import { listAnnouncementOf } from './list-announcement.ts';
import { figureFits } from './figure-sentence.ts';
import { countedTermsOf } from './counted-noun.ts';
import { pickGemeentenList } from './gemeenten-list.ts';
import { askedNounTermsOf } from './named-answer.ts';
import { withBalancedQuotes } from './balanced-quotes.ts';
import { amountNotInSources } from './amount-question.ts';
import { roleNotInSources } from './role-question.ts';
import { opinionNotInSources } from './opinion-question.ts';
import type { ScoredSentence } from './scored-sentence.ts';
import { LIST_QUESTION, scoreSentences } from './sentence-scoring.ts';
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
const DEFINITION_FRAME = /\b(werkt|werken|work|works|betekent|betekenen|houdt|means?|rol|rollen|role|roles|doet|doen|does|do|play|plays|speelt|spelen|responsible|verantwoordelijk|waarvoor|bedoeld|bedoelt|bedoelen|verstaan|verstaat|rekent|rekenen|definieert|definiëren|omschrijft|omschrijven|define|defines|mean|meant|definition|definitie|meaning|betekenis)\b/giu;

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
    passagesWanted(question: string, language: Language): number | undefined {
      // The gemeenten of a "Welke gemeenten …?" answer stand in many documents.
      if (expectedAnswerType(question) === 'gemeenten') return GEMEENTEN_LIST_PASSAGES;
      // The considerations of a "should we …?" answer stand in several sections of an advice.
      if (questionShape(question) === 'decision') return DECISION_PASSAGES;
      // "Wat zijn de nadelen van X?": the section that lists them may rank below sentences repeating the question.
      // "Wat is het verschil tussen de Jeugdwet en de Wmo?": each of the two is defined in its own document.
      if (askedGroupOf(question) || asksBothSides(question) || comparedThingsOf(question)) return DECISION_PASSAGES;
      // An English question matches Dutch text through translations only: the passage that answers it ranks lower.
      return language === 'en' ? ENGLISH_PASSAGES : undefined;
    },
    searchQueryFor(question: string): string {
      // "What should a municipality arrange before …?": the sections that answer are headed "Randvoorwaarden".
      if (asksBothSides(question)) return `${question} ${GROUP_SEARCH_WORDS.for} ${GROUP_SEARCH_WORDS.against}`;
      const group = askedGroupOf(question);
      return group ? `${question} ${GROUP_SEARCH_WORDS[group]}` : question;
    },
    // The answer to a section's question can stand in the chunk next to the passage the search found.
    contextDocuments: CONTEXT_DOCUMENTS,
    // Asked for the advantages, risks or preconditions of something, the sections that list them ("Beloften", "Randvoorwaarden") are read in the best documents.
    wholeDocumentsFor(question: string): number | undefined {
      if (askedGroupOf(question) || asksBothSides(question)) return WHOLE_DOCUMENTS;
      // "Should we switch to …?": the best document's sections for and against, not those of every document that mentions a lump sum.
      return questionShape(question) === 'decision' ? DECISION_WHOLE_DOCUMENTS : undefined;
    },
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
      // "Wat verstaat de rekenkamer onder toegang?" asks about toegang: who means it chose the document, not the sentence.
      const asked = wantsDefinition ? (meantWordOf(question) ?? question).replace(DEFINITION_FRAME, ' ') : question;
      const askedTerms = asked === question ? queryTerms : terms.queryTerms(asked);
      const ownWeights = withFrameVerbsDiscounted(withAttributionDiscounted(weightsOf(language === 'en' ? withTranslationsAsOwnWords(askedTerms, terms.untranslatedQueryTerms(asked)) : askedTerms, terms), asked, terms), asked, terms);
      // "Jeugd Expertise Punt (JEP)" in a passage: asked for either form, a sentence with the other answers too.
      const abbreviations = abbreviationBridges({ question: asked, weights: ownWeights, passageTexts: passages.map((p) => p.chunk.text), terms });
      const questionWeights = withBridgedTerms(ownWeights, abbreviations);
      const aboutAskedPlaces = documentsAboutAskedPlaces(question, terms);
      const namingAskedNames = documentsNamingAskedNames(question, terms);
      const aboutOtherPlace = answerType === 'gemeenten' ? undefined : sentencesAboutOtherPlaces(question);
      const aboutOtherVariant = sentencesAboutOtherVariants(question);
      // "In Zaanstad …" asked about Rotterdam, "Bij deze variant …" in the document on P maal Q asked about taakgericht.
      const aboutOther = aboutOtherPlace || aboutOtherVariant ? (s: ScoredSentence) => (aboutOtherPlace?.(s.candidate.text) ?? false) || (aboutOtherVariant?.(s) ?? false) : undefined;
      const wantedCount = listAnnouncementOf(question.replace(/\?$/, ''))?.count;
      const everySentence = scoreSentences({ question, counted: countedTermsOf(question, terms), askedNoun: askedNounTermsOf(question, terms), terms, passages: documentsFirst(documentsFirst(passages, namingAskedNames), aboutAskedPlaces), analyse, questionWeights, synonymGroups: terms.synonymGroups(asked), abbreviations, ...(aboutAskedPlaces ? { aboutAskedPlace: aboutAskedPlaces } : {}), queryTerms: askedTerms, questionTerms: new Set(terms.sentenceTerms(asked)), wantsDefinition, plainDefinition: isPlainDefinitionQuestion(question), answerType, wantsList: LIST_QUESTION.test(question), wantedCount });
      const scored = everySentence.filter((s) => s.score > 0);
      if (!figuresOnly && amountNotInSources({ question, scored, terms })) return abstain(language, 'amount-not-in-sources');
      if (!figuresOnly && roleNotInSources({ question, scored, terms, aboutAskedPlaces })) return abstain(language, 'no-answer-sentence');
      if (!figuresOnly && opinionNotInSources({ question, scored, terms })) return abstain(language, 'no-answer-sentence');
      const shape = figuresOnly ? 'explanation' : questionShape(question);
      const candidates = figuresOnly ? scored.filter((s) => figureFits({ sentence: s.candidate.text, passageTerms: analyse(s.passage.chunk).terms, documentTitle: s.passage.chunk.metadata.title, question, terms })) : scored;
      const maxSentences = figuresOnly ? FIGURE_SENTENCES : maxSentencesFor({ question, answerType, wantsDefinition });
      const gemeentenList = answerType === 'gemeenten' && shape !== 'decision' ? pickGemeentenList({ scored: candidates, question, maxSentences, aboutAskedPlace: (s) => (aboutAskedPlaces?.(s.passage.chunk.docId) ?? true) && (namingAskedNames?.(s.passage.chunk.docId) ?? true) }) : [];
      const askedGroup = figuresOnly ? undefined : askedGroupOf(question);
      // "Wat zijn de nadelen van X?": the section of X's document that lists them answers.
      // A "should we …?" question for one group whose sentences do not match its words (an English one) takes that group's sections too.
      const groupLeftOut = (group: ConsiderationGroup) => !candidates.some((sentence) => groupOf(sentence) === group);
      const groupSections = askedGroup && (shape !== 'decision' || groupLeftOut(askedGroup)) && gemeentenList.length === 0 ? pickFromGroupSections({ pool: everySentence, group: askedGroup, question, language, terms, limit: maxSentences }) : [];
      // "Wat zijn de voor- en nadelen van open house?": each side from its own sections, under its own heading.
      const bothSides = !figuresOnly && gemeentenList.length === 0 && asksBothSides(question) ? pickBothSides({ pool: everySentence, question, language, terms, limit: maxSentences }) : undefined;
      const compared = figuresOnly || gemeentenList.length > 0 ? undefined : comparedThingsOf(question);
      const difference = compared ? pickDifference({ scored: candidates, things: compared, terms }) : undefined;
      const picked = gemeentenList.length > 0 ? gemeentenList : difference ? difference : bothSides ? [...bothSides.for, ...bothSides.against] : groupSections.length > 0 ? groupSections : shape === 'decision' ? pickForDecision(candidates, DECISION_SENTENCES, askedGroup) : selectAnswer(candidates, { questionWeights, maxSentences, sameDocumentOnly: wantsDefinition, pool: everySentence, kindLeads: answerType === 'quantity' || answerType === 'time', ...(aboutAskedPlaces ? { aboutAskedPlace: aboutAskedPlaces } : {}), ...(aboutOther ? { aboutOtherPlace: aboutOther } : {}), ...neighboursFor({ answerType, wantsList: LIST_QUESTION.test(question) }) });
      if (picked.length === 0) return abstain(language, 'no-answer-sentence');
      const figureMissing = figuresOnly ? undefined : figureMissingFrom(question, picked);
      if (figureMissing) return abstain(language, figureMissing);

      const numbering = new CitationNumbering();
      const cite = (s: ScoredSentence): string => `${withBalancedQuotes(s.candidate.text)} [${numbering.numberFor(s.passage, s.candidate.text)}]`;
      const quoted = bothSides ? renderSides(bothSides, language, cite) : shape === 'decision' ? renderGroups(picked, language, cite) : renderParagraph(picked, cite);
      // "Hoeveel jongeren zitten in Zeeland op een wachtlijst?" answered by "10.000 kinderen en jongeren maken gebruik van jeugdhulp".
      const caveat = figuresOnly || countIsQualified(question, picked, terms, (s) => analyse(s.passage.chunk).terms) ? [] : [COUNT_MAY_DIFFER_TEXT[language]];
      const answer = [...caveat, ...(language === 'en' && !figuresOnly ? [ENGLISH_LEAD] : []), quoted].join('\n\n');
      const suggestions = followUpSuggestions({ passages, quotedChunkIds: new Set(picked.map((s) => s.passage.chunk.id)) });
      return { answer, citations: numbering.citations, abstained: false, suggestions };
    },
  };
}

function abstain(language: Language, refusal: RefusalReason): ComposedAnswer {
  // "No amount for this gemeente", "no such number" say what is missing, then offers what the assistant can do.
  const answer = refusal === 'amount-not-in-sources' ? AMOUNT_NOT_IN_SOURCES_TEXT[language] : refusal === 'count-not-in-sources' ? COUNT_NOT_IN_SOURCES_TEXT[language] : ABSTAIN_TEXT[language];
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

/** The words of whom the question attributes its answer to weigh this share in choosing the sentence: they chose the document. */
const ATTRIBUTION_WEIGHT = 0.3;

/**
 * "According to professor Jolanda Mathijssen, why …?": the name and role chose the document; the
 * sentence that says what was asked answers, not the one that introduces the professor.
 */
function withAttributionDiscounted(weights: Map<string, number>, question: string, terms: TermMatcher): Map<string, number> {
  const attribution = attributedPersonOf(question);
  if (!attribution) return weights;
  const rest = new Set(terms.queryTerms(question.replace(attribution, ' ')).keys());
  const attributed = new Set([...terms.queryTerms(attribution).keys()].filter((term) => !rest.has(term)));
  if (attributed.size === 0) return weights;
  return new Map([...weights].map(([term, weight]) => [term, attributed.has(term) ? weight * ATTRIBUTION_WEIGHT : weight]));
}

function weightsOf(queryTerms: Map<string, number>, terms: TermMatcher): Map<string, number> {
  return new Map([...queryTerms].map(([term, weight]) => [term, weight * terms.idf(term)]));
}

/**
 * Asked about a place ("de Friese gemeenten", "Haagse", "Almere") or a name ("H10"), the documents that
 * name it come first, in the search's order: one that names none of them answers about something else.
 */
function documentsFirst(passages: RetrievedPassage[], wanted: ((docId: string) => boolean) | undefined): RetrievedPassage[] {
  if (!wanted) return passages;
  return [...passages.filter((p) => wanted(p.chunk.docId)), ...passages.filter((p) => !wanted(p.chunk.docId))];
}

/** The documents read whole for a question about advantages, risks or preconditions. */
const WHOLE_DOCUMENTS = 5;
/** The documents read whole for a "should we …?" question. */
const DECISION_WHOLE_DOCUMENTS = 1;

/** The best document's found passages come with the chunks right before and after them: a section's answer can stand next to the passage the search found. */
const CONTEXT_DOCUMENTS = 1;

/** Passages searched for a "Welke gemeenten …?" answer: three times the usual, the gemeenten stand in many documents. */
const GEMEENTEN_LIST_PASSAGES = 24;
/** Passages searched for an English question. */
const ENGLISH_PASSAGES = 12;
/** Passages searched for a "should we …?" question. */
const DECISION_PASSAGES = 12;

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
