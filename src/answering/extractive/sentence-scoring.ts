import type { RetrievedPassage } from '../../sources/knowledge/index.ts';
import type { Chunk } from '../../sources/knowledge/index.ts';
import { namesBeyond, narrowerKind, type AnswerType } from './answer-type.ts';
import { abbreviationMatch, type AbbreviationBridge } from './abbreviations.ts';
import { askedDoerVerbTerms, doesAskedVerb } from './asked-doer.ts';
import { sectionIsMitigation } from './consideration-groups.ts';
import { countsTerms } from './counted-noun.ts';
import { DEFINES_THE_SUBJECT_BONUS, readDefinitionQuestion } from './definition-reading.ts';
import { askedIdentityOf, identifiesName } from './identity-question.ts';
import { asksForOneThing, namesAskedThing } from './named-answer.ts';
import type { CandidateSentence, PassageAnalysis } from './passage-analysis.ts';
import type { ScoredSentence } from './scored-sentence.ts';
import type { TermMatcher } from './term-matcher.ts';

/*
 * How well each sentence of the found passages answers the question: its question terms weighted by
 * rarity, stems shared with them, its heading, the kind of thing asked for, a definition of the
 * subject, a count or name of the asked thing, a list of the asked length; shorter sentences first.
 */

/** Asked why, a sentence under a heading about limiting risks counts this much: it says how, not why. */
const MITIGATION_FOR_WHY_WEIGHT = 0.5;
/** "Waarom beperkt een ventiel het risico?": the measures are what is asked about. */
const MITIGATION_ASKED = /\b(beperk\w*|voorkom\w*|maatregel\w*|mitigat\w*|limit\w*|prevent\w*|measures?)\b/i;

/** A chunk added next to a found passage is weaker evidence than one the search found itself. */
const CONTEXT_PASSAGE_WEIGHT = 0.8;

/**
 * A sentence giving the very thing asked for answers before one that only repeats the question: the
 * count of what a how-many question counts ("641.124 inwoners"), the name of what a which-question
 * asks for ("onderzoeksbureau B&A").
 */
const ASKED_THING_BONUS = 1.5;

/** A list question is answered by a sentence naming things in a row, a little less than by a list it announces. */
const ENUMERATION_BONUS = 1.25;

export const LIST_QUESTION = /^\s*(welke|wat zijn|noem|which|what are|name)\b/i;

export function scoreSentences(options: {
  passages: RetrievedPassage[];
  analyse: (chunk: Chunk) => PassageAnalysis;
  questionWeights: Map<string, number>;
  /** Asked about a place: whether a document is about it. A definition from a document that is not says what the thing is in general. */
  aboutAskedPlace?: (docId: string) => boolean;
  /** Abbreviations whose other form stands in for the asked one: a sentence naming both counts it once. */
  abbreviations?: readonly AbbreviationBridge[];
  /** The synonym group of each term a thesaurus added: a sentence scores one term per group, the best. */
  synonymGroups?: ReadonlyMap<string, string>;
  /** The query terms before idf weighting: own words 1, synonyms and compound parts less. */
  queryTerms: ReadonlyMap<string, number>;
  /** The question's own analysed terms, compound parts included. */
  questionTerms: Set<string>;
  wantsDefinition: boolean;
  /** Asked what a term is and nothing more ("Wat is een ventiel?"): its definition outweighs any use of the word. */
  plainDefinition?: boolean;
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
  const { abbreviations = [], synonymGroups = NO_GROUPS, counted, askedNoun, terms, passages, analyse, questionWeights, queryTerms, questionTerms, wantsDefinition, answerType, wantsList, wantedCount } = options;
  const topDocument = passages[0]?.chunk.docId;
  const asksForOne = asksForOneThing(options.question);
  const definitions = readDefinitionQuestion({ question: options.question, terms, wantsDefinition, plainDefinition: options.plainDefinition ?? false });
  const mitigationAsideForWhy = answerType === 'reason' && !MITIGATION_ASKED.test(options.question);
  // "Wie is Roxana Asmus?": the sentence giving her role answers it, not every sentence quoting her.
  const identityAsked = askedIdentityOf(options.question);
  // "Wie kiest …?": a sentence in which someone chooses answers it, whether it names a person or a role.
  const doerVerb = answerType === 'names' ? askedDoerVerbTerms(options.question, terms) : undefined;
  // Asked for money, a duration or a frequency, a sentence with another number ("Twee derde …", "in 2021") does not give it.
  const givesNarrowerKind = narrowerKind(options.question, answerType);
  // Passages of one document share its rank: a later passage of the best document is as good evidence.
  const documentRanks = [...new Set(passages.map((p) => p.chunk.docId))];
  const result: ScoredSentence[] = [];
  passages.forEach((passage, passageRank) => {
    const contextWeight = passage.context ? CONTEXT_PASSAGE_WEIGHT : 1;
    const documentRank = documentRanks.indexOf(passage.chunk.docId);
    const { headingTerms, candidates } = analyse(passage.chunk);
    // "What is the role of the neighbourhood teams in Utrecht?": a glossary's definition of a wijkteam is no answer about Utrecht.
    const definesInGeneral = options.aboutAskedPlace !== undefined && !options.aboutAskedPlace(passage.chunk.docId);
    // Asked why something is a risk, the measures against it do not say why ("Een gemeente beperkt het risico op wachtlijsten door …").
    const mitigationWeight = mitigationAsideForWhy && sectionIsMitigation(passage.chunk.headingPath, passage.chunk.metadata.title) ? MITIGATION_FOR_WHY_WEIGHT : 1;
    for (const candidate of candidates) {
      if (!glossaryEntryFits(candidate, questionTerms, wantsDefinition ? queryTerms : NO_SYNONYMS)) continue;
      let match = 0;
      match += synonymAwareMatch(candidate.terms, questionWeights, synonymGroups);
      match += abbreviationMatch(candidate, abbreviations, questionWeights);
      match += prefixMatch(questionWeights, questionTerms, candidate.terms);
      for (const term of headingTerms) if (!candidate.terms.has(term)) match += 0.3 * (questionWeights.get(term) ?? 0);
      // Sentences without a question term stay in with score 0: one may stand next to the lead and give its reason.
      // A list quoted with its items is judged on its announcement for a list question, on its whole length otherwise.
      const judgedTerms = wantsList || candidate.covers.length === 1 ? candidate.ownTermCount : candidate.terms.size;
      const lengthPenalty = Math.sqrt(Math.max(10, judgedTerms) / 10);
      const definitionBonus = identityAsked !== undefined && identifiesName(candidate.text, identityAsked) ? DEFINES_THE_SUBJECT_BONUS : definesInGeneral ? 1 : definitions.bonusOf(candidate, questionWeights);
      const documentBonus = passage.chunk.docId === topDocument ? 1.25 : 1;
      const namesDoer = doerVerb !== undefined && doesAskedVerb(candidate.text, doerVerb, terms);
      const hasAnswerType = namesDoer || (answerType !== undefined && candidate.answerTypes.has(answerType) && (answerType !== 'names' || namesBeyond(candidate.text, options.question)) && (givesNarrowerKind?.(candidate.text) ?? true));
      const answerTypeBonus = hasAnswerType && answerType !== undefined ? ANSWER_TYPE_BONUS[answerType] : 1;
      const rankPrior = 1 / (1 + 0.15 * documentRank) / (1 + 0.03 * passageRank);
      const holderWeight = definitions.holderWeightOf(candidate);
      const relevance = (contextWeight * documentBonus * rankPrior * mitigationWeight * holderWeight * match) / lengthPenalty;
      const givesCount = countsTerms(candidate.text, counted, terms);
      const givesName = namesAskedThing(candidate.text, askedNoun, terms);
      const askedThingBonus = givesCount || givesName ? ASKED_THING_BONUS : 1;
      // One count or one name answers the question; a name does not answer a question for several things.
      const givesAskedThing = givesCount || (givesName && asksForOne);
      const listBonus = wantedCount !== undefined && candidate.listCount === wantedCount ? 2 : wantsList && candidate.listCount !== undefined ? 1.4 : wantsList && candidate.enumerates ? ENUMERATION_BONUS : 1;
      result.push({ candidate, passage, passageRank, hasAnswerType, relevance, score: askedThingBonus * definitionBonus * answerTypeBonus * listBonus * relevance, ...(givesAskedThing ? { givesAskedThing } : {}), ...(definitionBonus >= DEFINES_THE_SUBJECT_BONUS ? { definesSubject: true } : {}) });
    }
  });
  return result.sort((a, b) => b.score - a.score);
}

const NO_GROUPS: ReadonlyMap<string, string> = new Map();

/**
 * The weight of the question terms a sentence holds, with synonyms of one concept counted once (the
 * best): a glossary line that says "P maal Q (Engels: price times quantity) … prijs per eenheid" is not
 * more to the point than one saying "inspanningsgerichte bekostiging" once. The search weighs them so too.
 */
function synonymAwareMatch(sentenceTerms: ReadonlySet<string>, questionWeights: ReadonlyMap<string, number>, synonymGroups: ReadonlyMap<string, string>): number {
  let match = 0;
  const bestOfGroup = new Map<string, number>();
  for (const term of sentenceTerms) {
    const weight = questionWeights.get(term) ?? 0;
    if (weight === 0) continue;
    const group = synonymGroups.get(term);
    if (group === undefined) match += weight;
    else bestOfGroup.set(group, Math.max(bestOfGroup.get(group) ?? 0, weight));
  }
  for (const weight of bestOfGroup.values()) match += weight;
  return match;
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
