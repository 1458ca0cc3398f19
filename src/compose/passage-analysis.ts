import type { Chunk } from '../knowledge/document.ts';
import { splitSentences } from '../knowledge/ingest/split-sentences.ts';
import { sentenceHasAnswerType, type AnswerType } from './answer-type.ts';
import { isMetaSentence, looksLikeDefinition } from './sentence-filters.ts';
import type { TermMatcher } from './term-matcher.ts';

/** A sentence of a passage that may be quoted, with what scoring needs to know about it. */
export interface CandidateSentence {
  /** The sentence as it would be quoted: a list introduction ("… op 3 gebieden:") with its items. */
  text: string;
  /** Its analysed terms. */
  terms: ReadonlySet<string>;
  looksLikeDefinition: boolean;
  /** The kinds of answer it holds (a year or month, a number). */
  answerTypes: ReadonlySet<AnswerType>;
  /** For a glossary entry ("Lumpsum: Een lumpsum is …"): the analysed terms of its headword. */
  headwordTerms?: readonly string[];
  /** Where the sentence stands in the passage text (−1 when quoted with list items), for reading order. */
  offset: number;
}

/** What the composer needs to know of one passage, independent of the question. */
export interface PassageAnalysis {
  /** The terms of its title, heading path and text: what the passage can be evidence of. */
  terms: ReadonlySet<string>;
  /** The terms of its heading path: the context of every sentence in it. */
  headingTerms: ReadonlySet<string>;
  /** Its sentences that could answer something (fragments, questions and meta sentences left out). */
  candidates: readonly CandidateSentence[];
}

const ANSWER_TYPES: readonly AnswerType[] = ['time', 'quantity'];

/**
 * Analyses passages once per chunk: the same passages come back for many questions, and their
 * sentence splits, filters and term analyses do not depend on the question. Kept as long as the
 * index keeps the chunk.
 */
export function createPassageAnalyser(terms: TermMatcher): (chunk: Chunk) => PassageAnalysis {
  const analysed = new WeakMap<Chunk, PassageAnalysis>();
  return (chunk) => {
    let analysis = analysed.get(chunk);
    if (!analysis) {
      analysis = analyse(chunk, terms);
      analysed.set(chunk, analysis);
    }
    return analysis;
  };
}

function analyse(chunk: Chunk, terms: TermMatcher): PassageAnalysis {
  const sentences = splitSentences(chunk.text);
  const candidates: CandidateSentence[] = [];
  sentences.forEach((sentence, i) => {
    if (sentence.length < 25 || !/[a-z]{3}/i.test(sentence) || isMetaSentence(sentence) || sentence.trimEnd().endsWith('?')) return;
    const text = sentence.trimEnd().endsWith(':') ? withListItems(sentences, i) : sentence;
    const headword = glossaryHeadword(text);
    candidates.push({
      text,
      terms: new Set(terms.sentenceTerms(text)),
      looksLikeDefinition: looksLikeDefinition(text),
      answerTypes: new Set(ANSWER_TYPES.filter((type) => sentenceHasAnswerType(text, type))),
      ...(headword === undefined ? {} : { headwordTerms: terms.sentenceTerms(headword) }),
      offset: chunk.text.indexOf(text),
    });
  });
  return {
    terms: new Set(terms.sentenceTerms(`${chunk.metadata.title} ${chunk.headingPath.join(' ')} ${chunk.text}`)),
    headingTerms: new Set(terms.sentenceTerms(chunk.headingPath.join(' '))),
    candidates,
  };
}

/**
 * The headword of a glossary entry ("Outputgerichte bekostiging: …"), recognised by the headword
 * coming back in its definition ("Lumpsum: Een lumpsum is …").
 */
function glossaryHeadword(sentence: string): string | undefined {
  const match = /^([^:.;]{2,60}):\s+(.*)$/s.exec(sentence);
  const headword = match?.[1];
  if (!headword || headword.split(/\s+/).length > 6 || !match[2]!.toLowerCase().includes(headword.toLowerCase().split(/\s+/).at(-1)!)) return undefined;
  return headword;
}

/** A sentence that introduces a list ("… op 3 gebieden:") with the list lines that follow it. */
function withListItems(sentences: string[], index: number): string {
  const items: string[] = [];
  for (let i = index + 1; i < sentences.length && items.length < 5; i++) {
    const line = sentences[i]!.trim();
    if (line.length > 200 || line.endsWith(':')) break;
    items.push(line.replace(/^[-•*]\s*|^\d+[.)]\s*/, ''));
  }
  return items.length > 0 ? `${sentences[index]!.trim()} ${items.join('; ')}` : sentences[index]!;
}
