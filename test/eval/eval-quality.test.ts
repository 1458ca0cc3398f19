import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';
import { evaluateGoldSet, type EvalMetrics } from './evaluate.ts';
import { readGoldSet } from './gold-set.ts';

const HELDOUT = path.join(import.meta.dirname, 'heldout');

/**
 * The quality gates: the gold set over knowledge/, and the held-out set of real public Dutch documents
 * the project was not tuned on, answered offline, must stay above their thresholds.
 */
const suites = [
  { name: 'knowledge/ gold set', sourceDir: undefined, gold: undefined, thresholds: path.join(import.meta.dirname, 'thresholds.json') },
  { name: 'held-out public documents', sourceDir: path.join(HELDOUT, 'docs'), gold: path.join(HELDOUT, 'gold.jsonl'), thresholds: path.join(HELDOUT, 'thresholds.json') },
];

for (const suite of suites) {
  describe(`answer quality: ${suite.name} (offline mode)`, () => {
    const thresholds = JSON.parse(fs.readFileSync(suite.thresholds, 'utf8')) as Partial<Record<keyof EvalMetrics, number>>;
    let metrics: EvalMetrics;
    let cleanup: () => void;

    beforeAll(async () => {
      const stelselwijzer = await createTestStelselwijzer({ sourceDir: suite.sourceDir });
      cleanup = stelselwijzer.cleanup;
      ({ metrics } = await evaluateGoldSet({ assistant: stelselwijzer.assistant, gold: readGoldSet(suite.gold) }));
    }, 120_000);
    afterAll(() => cleanup?.());

    for (const [name, threshold] of Object.entries(thresholds)) {
      it(`${name} ≥ ${threshold}`, () => {
        expect(metrics[name as keyof EvalMetrics]).toBeGreaterThanOrEqual(threshold!);
      });
    }
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
