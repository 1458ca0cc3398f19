import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';
import { documentHeadings } from './answer-sentences.ts';
import { EVAL_SUITES, readThresholds } from './eval-suites.ts';
import { evaluateGoldSet, type EvalMetrics, type QuestionResult } from './evaluate.ts';
import { readGoldSet } from './gold-set.ts';

/**
 * The quality gates: every eval set (the gold set over knowledge/, the refusal set, and the held-out
 * sets of real public Dutch documents the composer was not tuned on), answered offline, must stay
 * within its thresholds: lower bounds, and upper bounds under "maxima" (no quoted headings, no false
 * refusals beyond the gate, a median answer of at most six sentences).
 */
for (const suite of EVAL_SUITES) {
  describe(`answer quality: ${suite.name} (offline mode)`, () => {
    const thresholds = readThresholds(suite.thresholdsFile);
    let metrics: EvalMetrics;
    let results: QuestionResult[];
    let cleanup: () => void;

    beforeAll(async () => {
      const stelselwijzer = await createTestStelselwijzer({ sourceDir: suite.sourceDir });
      cleanup = stelselwijzer.cleanup;
      ({ metrics, results } = await evaluateGoldSet({ assistant: stelselwijzer.assistant, gold: readGoldSet(suite.goldFile), headings: documentHeadings(stelselwijzer.index.chunks) }));
    }, 180_000);
    afterAll(() => cleanup?.());

    for (const [name, min] of Object.entries(thresholds.minima)) {
      it(`${name} ≥ ${min}`, () => {
        expect(metrics[name as keyof EvalMetrics]).toBeGreaterThanOrEqual(min!);
      });
    }
    for (const [name, max] of Object.entries(thresholds.maxima)) {
      it(`${name} ≤ ${max}`, () => {
        expect(metrics[name as keyof EvalMetrics]).toBeLessThanOrEqual(max!);
      });
    }

    it('quotes no heading, title or table-of-contents line in any answer', () => {
      expect(results.flatMap((r) => r.structuralSentences.map((line) => `${r.gold.id}: ${line}`))).toEqual([]);
    });
  });
}

describe('gold set', () => {
  it('has at least 50 questions in Dutch and English, with questions that must be refused', () => {
    const gold = readGoldSet();
    expect(gold.length).toBeGreaterThanOrEqual(50);
    expect(gold.filter((g) => g.shouldAbstain).length).toBeGreaterThanOrEqual(5);
    expect(gold.some((g) => g.language === 'en')).toBe(true);
  });
});

describe('refusal set', () => {
  it('has at least 30 questions to refuse, near misses and far-off ones', () => {
    const refusals = readGoldSet(EVAL_SUITES.find((s) => s.goldFile.includes('refusals'))!.goldFile);
    expect(refusals.length).toBeGreaterThanOrEqual(30);
    expect(refusals.every((r) => r.shouldAbstain)).toBe(true);
  });
});

describe('large held-out set', () => {
  it('has at least 120 questions over at least 40 documents, 30 % list/why/how and 15 % English', () => {
    const suite = EVAL_SUITES.find((s) => s.goldFile.includes('heldout-large'))!;
    const gold = readGoldSet(suite.goldFile);
    const answerable = gold.filter((g) => !g.shouldAbstain);
    expect(gold.length).toBeGreaterThanOrEqual(120);
    expect(new Set(answerable.flatMap((g) => g.expectedDocs)).size).toBeGreaterThanOrEqual(40);
    const listWhyHow = answerable.filter((g) => /^\s*(welke|wat zijn|waarom|waardoor|hoe(?! ?veel| lang| groot| hoog)|which|what are|why|how(?! many| much| long| large))\b/i.test(g.question) || /\b(welke|which|waarom|why)\b/i.test(g.question));
    expect(listWhyHow.length / answerable.length).toBeGreaterThanOrEqual(0.3);
    expect(gold.filter((g) => g.language === 'en').length / gold.length).toBeGreaterThanOrEqual(0.15);
  });
});
