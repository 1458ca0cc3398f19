import { ABSTAIN_TEXT } from '../core/assistant-texts.ts';
import type { Language } from '../core/answer.ts';
import type { Chunk } from '../knowledge/document.ts';
import type { RetrievedPassage } from '../knowledge/retrieval/hybrid-retriever.ts';
import type { AnswerComposer, ComposedAnswer } from './answer-composer.ts';
import { CitationNumbering } from './citation-numbering.ts';
import { CONSIDERATION_GROUPS, considerationGroupOf, GROUP_TITLES, type ConsiderationGroup } from './consideration-groups.ts';
import { gemeentenMissingFromPassages, passageTerms, questionWords, unknownNames, unknownWordShare, weightedCoverage } from './evidence.ts';
import { expectedAnswerType, type AnswerType } from './answer-type.ts';
import { followUpSuggestions } from './follow-up-suggestions.ts';
import { questionShape } from './question-shape.ts';
import { isDefinitionQuestion } from '../core/question-kinds.ts';
import { createPassageAnalyser, type CandidateSentence, type PassageAnalysis } from './passage-analysis.ts';
import type { TermMatcher } from './term-matcher.ts';

/**
 * Above this share of words the corpus never uses, a question is about something else. English
 * questions about a Dutch corpus naturally have more unknown words; the thesaurus bridges the key ones.
 */
const MAX_UNKNOWN_WORD_SHARE: Record<Language, number> = { nl: 0.6, en: 0.75 };

const ENGLISH_LEAD = 'From the sources (quoted in Dutch, as written):';

interface ScoredSentence {
  text: string;
  passage: RetrievedPassage;
  passageRank: number;
  score: number;
  terms: ReadonlySet<string>;
  /** Where the sentence stands in its passage. */
  offset: number;
}

export interface OfflineComposerOptions {
  terms: TermMatcher;
  /** Idf-weighted share of the question's known terms that the top passages must contain (0–1). */
  minCoverage?: number;
  maxSentences?: number;
}

/**
 * Composes an answer without a language model: picks the sentences of the retrieved passages that
 * best match the question, keeps them verbatim (numbers and names intact), cites each one, and
 * groups them for "should we…?" questions. Abstains when the passages do not cover the question.
 */
export function createOfflineComposer(options: OfflineComposerOptions): AnswerComposer {
  const { terms } = options;
  const analyse = createPassageAnalyser(terms);
  const minCoverage = options.minCoverage ?? 0.4;
  const maxSentences = options.maxSentences ?? 7;

  return {
    compose({ question, language, passages }): ComposedAnswer {
      const queryTerms = terms.queryTerms(question);
      const top = passages.slice(0, 4);
      if (top.length === 0 || queryTerms.size === 0) return abstain(language);
      const present = passageTerms(top.map((p) => analyse(p.chunk)));
      const words = questionWords({ question, terms });
      if (unknownWordShare(words) > MAX_UNKNOWN_WORD_SHARE[language]) return abstain(language);
      if (gemeentenMissingFromPassages({ question, present, terms }).length > 0) return abstain(language);
      if (unknownNames({ question, terms }).length > 0) return abstain(language);
      if (weightedCoverage({ words, present, terms }) < minCoverage) return abstain(language);

      const scored = scoreSentences({ passages, analyse, queryTerms, questionTerms: new Set(terms.sentenceTerms(question)), terms, wantsDefinition: isDefinitionQuestion(question), answerType: expectedAnswerType(question) });
      const shape = questionShape(question);
      const picked = shape === 'decision' ? pickForDecision(scored, maxSentences + 2) : pickBest(scored, maxSentences);
      if (picked.length === 0) return abstain(language);

      const numbering = new CitationNumbering();
      const cite = (s: ScoredSentence): string => `${s.text} [${numbering.numberFor(s.passage, s.text)}]`;
      const body = shape === 'decision' ? renderGroups(picked, language, cite) : renderParagraph(picked, cite);
      const answer = language === 'en' ? `${ENGLISH_LEAD}\n\n${body}` : body;
      const suggestions = followUpSuggestions({ passages, quotedChunkIds: new Set(picked.map((s) => s.passage.chunk.id)) });
      return { answer, citations: numbering.citations, abstained: false, suggestions };
    },
  };
}

function abstain(language: Language): ComposedAnswer {
  return { answer: ABSTAIN_TEXT[language], citations: [], abstained: true, suggestions: [] };
}

function scoreSentences(options: {
  passages: RetrievedPassage[];
  analyse: (chunk: Chunk) => PassageAnalysis;
  queryTerms: Map<string, number>;
  /** The question's own analysed terms, compound parts included. */
  questionTerms: Set<string>;
  terms: TermMatcher;
  wantsDefinition: boolean;
  answerType: AnswerType | undefined;
}): ScoredSentence[] {
  const { passages, analyse, queryTerms, questionTerms, terms, wantsDefinition, answerType } = options;
  const weightOf = new Map([...queryTerms].map(([term, weight]) => [term, weight * terms.idf(term)]));
  const topDocument = passages[0]?.chunk.docId;
  const result: ScoredSentence[] = [];
  passages.forEach((passage, passageRank) => {
    const { headingTerms, candidates } = analyse(passage.chunk);
    for (const sentence of candidates) {
      if (!glossaryEntryFits(sentence, questionTerms)) continue;
      let match = 0;
      for (const term of sentence.terms) match += weightOf.get(term) ?? 0;
      for (const term of headingTerms) if (!sentence.terms.has(term)) match += 0.3 * (weightOf.get(term) ?? 0);
      if (match === 0) continue;
      const lengthPenalty = Math.sqrt(Math.max(10, sentence.terms.size) / 10);
      const definitionBonus = wantsDefinition && sentence.looksLikeDefinition ? 1.5 : 1;
      const documentBonus = passage.chunk.docId === topDocument ? 1.25 : 1;
      const answerTypeBonus = answerType && sentence.answerTypes.has(answerType) ? 1.6 : 1;
      const rankPrior = 1 / (1 + 0.15 * passageRank);
      result.push({ text: sentence.text, offset: sentence.offset, passage, passageRank, terms: sentence.terms, score: (definitionBonus * documentBonus * answerTypeBonus * rankPrior * match) / lengthPenalty });
    }
  });
  return result.sort((a, b) => b.score - a.score);
}

/**
 * A glossary entry ("Outputgerichte bekostiging: …") answers only when its headword is about what was
 * asked: every word of the headword must be one of the question's own words.
 */
function glossaryEntryFits(sentence: CandidateSentence, questionTerms: Set<string>): boolean {
  const { headwordTerms } = sentence;
  return !headwordTerms || (headwordTerms.length > 0 && headwordTerms.every((term) => questionTerms.has(term)));
}

function pickBest(scored: ScoredSentence[], limit: number): ScoredSentence[] {
  const picked: ScoredSentence[] = [];
  // The best-ranked passage leads the answer: its best sentence is always taken.
  const lead = scored.find((s) => s.passageRank === Math.min(...scored.map((x) => x.passageRank)));
  if (lead) picked.push(lead);
  const best = scored[0]?.score ?? 0;
  for (const sentence of scored) {
    if (picked.length >= limit) break;
    if (sentence.score < best * 0.3) break;
    if (picked.includes(sentence)) continue;
    if (picked.filter((p) => p.passage === sentence.passage).length >= 4) continue;
    if (picked.some((p) => overlap(p.terms, sentence.terms) > 0.7)) continue;
    picked.push(sentence);
  }
  // Read in document order within a passage, passages in rank order.
  return picked.sort((a, b) => a.passageRank - b.passageRank || a.offset - b.offset);
}

function pickForDecision(scored: ScoredSentence[], limit: number): ScoredSentence[] {
  const perGroup = new Map<ConsiderationGroup, ScoredSentence[]>();
  const chosen: ScoredSentence[] = [];
  for (const sentence of scored) {
    const group = groupOf(sentence);
    if (!group) continue;
    const list = perGroup.get(group) ?? [];
    if (list.length >= 3 || chosen.length >= limit) continue;
    if (chosen.some((p) => overlap(p.terms, sentence.terms) > 0.7)) continue;
    list.push(sentence);
    perGroup.set(group, list);
    chosen.push(sentence);
  }
  return chosen.length > 0 ? chosen : pickBest(scored, limit);
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
  return considerationGroupOf(sentence.text, chunk.headingPath, chunk.metadata.title);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
