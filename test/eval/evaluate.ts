import type { Answer } from '../../src/assistant/answer.ts';
import type { Assistant } from '../../src/assistant/assistant.ts';
import { questionShape } from '../../src/answering/extractive/question-shape.ts';
import { isHeadingOrContentsLine, quotedSentences } from './answer-sentences.ts';
import type { GoldQuestion } from './gold-set.ts';

export interface QuestionResult {
  gold: GoldQuestion;
  answer: Answer;
  /** Rank (1-based) of the first cited document that is expected; undefined when none is. */
  firstHitRank?: number;
  factsFound: string[];
  /** Whether the first quoted sentence, the lead, contains an expected fact. */
  leadHasFact: boolean;
  abstentionCorrect: boolean;
  /** The answer's quoted sentences (each with its citation marker). */
  sentences: string[];
  /** Quoted sentences that are a heading, title or table-of-contents line of the documents. */
  structuralSentences: string[];
}

export interface EvalMetrics {
  questions: number;
  answerable: number;
  hitAt1: number;
  hitAt5: number;
  mrr: number;
  factRecall: number;
  /** Share of answerable questions whose answer contains at least one expected fact. */
  answersWithFact: number;
  /** Share of answerable questions whose first quoted sentence, the lead, contains an expected fact. */
  leadWithFact: number;
  abstentionAccuracy: number;
  refusedOutOfScope: number;
  /** Share of answerable questions where some cited document is an expected one. */
  citedDocumentHit: number;
  /** Answerable questions that were refused. */
  falseRefusals: number;
  /** Median number of quoted sentences of the answered questions that are not "should we…?" questions. */
  medianSentences: number;
  /** Quoted sentences, over all answers, that are headings, titles or table-of-contents lines. */
  structuralSentences: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
}

/** Asks every gold question and scores the cited documents, the facts in the answer text and abstention. */
export async function evaluateGoldSet(options: { assistant: Assistant; gold: GoldQuestion[]; headings?: ReadonlySet<string> }): Promise<{ metrics: EvalMetrics; results: QuestionResult[] }> {
  const headings = options.headings ?? new Set<string>();
  const results: QuestionResult[] = [];
  for (const gold of options.gold) {
    const answer = await options.assistant.ask({ question: gold.question });
    const citedDocs = uniqueInOrder(answer.citations.map((c) => c.source));
    const hitIndex = citedDocs.findIndex((source) => gold.expectedDocs.includes(source));
    const text = answer.answer.toLowerCase();
    const sentences = answer.abstained ? [] : quotedSentences(answer.answer);
    const factsFound = gold.expectedFacts.filter((fact) => text.includes(fact.toLowerCase()));
    const lead = (sentences[0] ?? '').toLowerCase();
    results.push({
      sentences,
      structuralSentences: sentences.filter((sentence) => isHeadingOrContentsLine(sentence, headings)),
      gold,
      answer,
      firstHitRank: hitIndex >= 0 ? hitIndex + 1 : undefined,
      factsFound,
      leadHasFact: factsFound.some((fact) => lead.includes(fact.toLowerCase())),
      abstentionCorrect: answer.abstained === gold.shouldAbstain,
    });
  }
  return { metrics: metricsOf(results), results };
}

function metricsOf(results: QuestionResult[]): EvalMetrics {
  const answerable = results.filter((r) => !r.gold.shouldAbstain);
  const outOfScope = results.filter((r) => r.gold.shouldAbstain);
  const share = (items: QuestionResult[], test: (r: QuestionResult) => boolean) => (items.length === 0 ? 1 : items.filter(test).length / items.length);
  const expectedFacts = answerable.reduce((sum, r) => sum + r.gold.expectedFacts.length, 0);
  const foundFacts = answerable.reduce((sum, r) => sum + r.factsFound.length, 0);
  const latencies = results.map((r) => r.answer.timings.totalMs).sort((a, b) => a - b);
  return {
    questions: results.length,
    answerable: answerable.length,
    hitAt1: share(answerable, (r) => r.firstHitRank === 1),
    hitAt5: share(answerable, (r) => (r.firstHitRank ?? Infinity) <= 5),
    mrr: answerable.reduce((sum, r) => sum + (r.firstHitRank ? 1 / r.firstHitRank : 0), 0) / Math.max(1, answerable.length),
    factRecall: expectedFacts === 0 ? 1 : foundFacts / expectedFacts,
    answersWithFact: share(answerable.filter((r) => r.gold.expectedFacts.length > 0), (r) => r.factsFound.length > 0),
    leadWithFact: share(answerable.filter((r) => r.gold.expectedFacts.length > 0), (r) => r.leadHasFact),
    abstentionAccuracy: share(results, (r) => r.abstentionCorrect),
    refusedOutOfScope: share(outOfScope, (r) => r.answer.abstained),
    citedDocumentHit: share(answerable, (r) => r.firstHitRank !== undefined),
    falseRefusals: answerable.filter((r) => r.answer.abstained).length,
    medianSentences: median(results.filter((r) => !r.answer.abstained && r.answer.intent === 'knowledge' && questionShape(r.gold.question) !== 'decision').map((r) => r.sentences.length)),
    structuralSentences: results.reduce((sum, r) => sum + r.structuralSentences.length, 0),
    latencyP50Ms: percentile(latencies, 0.5),
    latencyP95Ms: percentile(latencies, 0.95),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function uniqueInOrder(values: string[]): string[] {
  return [...new Set(values)];
}
