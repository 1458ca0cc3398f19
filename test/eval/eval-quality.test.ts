import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';
import { evaluateGoldSet, type EvalMetrics } from './evaluate.ts';
import { readGoldSet } from './gold-set.ts';

const thresholds = JSON.parse(fs.readFileSync(new URL('./thresholds.json', import.meta.url), 'utf8')) as Partial<Record<keyof EvalMetrics, number>>;

/** The quality gate: the gold set answered offline must stay above the thresholds in thresholds.json. */
describe('answer quality on the gold set (offline mode)', () => {
  let metrics: EvalMetrics;
  let cleanup: () => void;

  beforeAll(async () => {
    const stelselwijzer = await createTestStelselwijzer();
    cleanup = stelselwijzer.cleanup;
    ({ metrics } = await evaluateGoldSet({ assistant: stelselwijzer.assistant, gold: readGoldSet() }));
  }, 120_000);
  afterAll(() => cleanup?.());

  for (const [name, threshold] of Object.entries(thresholds)) {
    it(`${name} ≥ ${threshold}`, () => {
      expect(metrics[name as keyof EvalMetrics]).toBeGreaterThanOrEqual(threshold!);
    });
  }

  it('has a gold set of at least 50 questions, with questions that must be refused', () => {
    const gold = readGoldSet();
    expect(gold.length).toBeGreaterThanOrEqual(50);
    expect(gold.filter((g) => g.shouldAbstain).length).toBeGreaterThanOrEqual(5);
    expect(gold.some((g) => g.language === 'en')).toBe(true);
  });
});
