import fs from 'node:fs';
import path from 'node:path';
import type { EvalMetrics } from './evaluate.ts';

/** One gold set and the documents it is asked over, with its quality gates. */
export interface EvalSuite {
  name: string;
  /** The documents to index; undefined: the project's knowledge/ folder. */
  sourceDir?: string;
  goldFile: string;
  thresholdsFile: string;
  /** Never tuned on: `npm run eval` prints only its metrics, not its questions, unless asked with --show-held-out. */
  heldOut?: boolean;
}

/** Lower bounds (`"hitAt1": 0.9`) and, under `"maxima"`, upper bounds (`"structuralSentences": 0`). */
export interface Thresholds {
  minima: Partial<Record<keyof EvalMetrics, number>>;
  maxima: Partial<Record<keyof EvalMetrics, number>>;
}

const HERE = import.meta.dirname;

/**
 * The sets `npm run eval` reports and `npm test` gates: the gold set over knowledge/ the composer was
 * tuned on, the refusal set over the same documents, a dev set of real public documents to tune on
 * (with English questions over the same documents, split into a half to tune on and a half to check, and the
 * Dutch dev questions asked in English, split the same way, to show what asking in English costs),
 * English questions over knowledge/ to tune on and a check set over knowledge/, both written blind, the check set never tuned on,
 * and two held-out sets of real public documents the composer was not tuned on (the dev set and the
 * larger held-out set were written without looking at the composer).
 */
export const EVAL_SUITES: EvalSuite[] = [
  { name: 'knowledge/ gold set (tuned on)', goldFile: path.join(HERE, 'gold.jsonl'), thresholdsFile: path.join(HERE, 'thresholds.json') },
  { name: 'refusal set over knowledge/', goldFile: path.join(HERE, 'refusals', 'gold.jsonl'), thresholdsFile: path.join(HERE, 'refusals', 'thresholds.json') },
  { name: 'dev set, public documents (tuned on)', sourceDir: path.join(HERE, 'dev', 'docs'), goldFile: path.join(HERE, 'dev', 'gold.jsonl'), thresholdsFile: path.join(HERE, 'dev', 'thresholds.json') },
  { name: 'dev set, English questions (tuned on: odd ids)', sourceDir: path.join(HERE, 'dev', 'docs'), goldFile: path.join(HERE, 'dev-english', 'tune.jsonl'), thresholdsFile: path.join(HERE, 'dev-english', 'thresholds.json') },
  { name: 'dev set, English questions (check: even ids, not tuned on)', sourceDir: path.join(HERE, 'dev', 'docs'), goldFile: path.join(HERE, 'dev-english', 'check.jsonl'), thresholdsFile: path.join(HERE, 'dev-english', 'check-thresholds.json'), heldOut: true },
  { name: 'dev set, Dutch questions asked in English (tuned on: odd ids)', sourceDir: path.join(HERE, 'dev', 'docs'), goldFile: path.join(HERE, 'dev-paraphrases', 'tune.jsonl'), thresholdsFile: path.join(HERE, 'dev-paraphrases', 'thresholds.json') },
  { name: 'dev set, Dutch questions asked in English (check: even ids)', sourceDir: path.join(HERE, 'dev', 'docs'), goldFile: path.join(HERE, 'dev-paraphrases', 'check.jsonl'), thresholdsFile: path.join(HERE, 'dev-paraphrases', 'check-thresholds.json'), heldOut: true },
  { name: 'knowledge/ English questions (tuned on)', goldFile: path.join(HERE, 'knowledge-english', 'tune.jsonl'), thresholdsFile: path.join(HERE, 'knowledge-english', 'thresholds.json') },
  { name: 'knowledge/ check set (never tuned on)', goldFile: path.join(HERE, 'knowledge-check', 'gold.jsonl'), thresholdsFile: path.join(HERE, 'knowledge-check', 'thresholds.json'), heldOut: true },
  { name: 'held-out public documents (14)', sourceDir: path.join(HERE, 'heldout', 'docs'), goldFile: path.join(HERE, 'heldout', 'gold.jsonl'), thresholdsFile: path.join(HERE, 'heldout', 'thresholds.json') },
  { name: 'held-out public documents, large (never tuned on)', sourceDir: path.join(HERE, 'heldout-large', 'docs'), goldFile: path.join(HERE, 'heldout-large', 'gold.jsonl'), thresholdsFile: path.join(HERE, 'heldout-large', 'thresholds.json'), heldOut: true },
].filter((suite) => fs.existsSync(suite.goldFile));

export function readThresholds(file: string): Thresholds {
  if (!fs.existsSync(file)) return { minima: {}, maxima: {} };
  const { maxima = {}, ...minima } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number> & { maxima?: Record<string, number> };
  return { minima, maxima };
}

/** The gates a metric fails, as readable lines; empty when it passes them all. */
export function thresholdFailures(metrics: EvalMetrics, thresholds: Thresholds): string[] {
  const failures: string[] = [];
  for (const [name, min] of Object.entries(thresholds.minima)) if (metrics[name as keyof EvalMetrics] < min!) failures.push(`${name} ${metrics[name as keyof EvalMetrics]} < ${min}`);
  for (const [name, max] of Object.entries(thresholds.maxima)) if (metrics[name as keyof EvalMetrics] > max!) failures.push(`${name} ${metrics[name as keyof EvalMetrics]} > ${max}`);
  return failures;
}
