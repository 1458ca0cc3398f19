import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';
import { documentHeadings } from './answer-sentences.ts';
import { EVAL_SUITES, readThresholds, type EvalSuite } from './eval-suites.ts';
import { evaluateGoldSet, type EvalMetrics } from './evaluate.ts';
import { readGoldSet } from './gold-set.ts';

/**
 * `npm run eval [-- --docs <dir> --gold <file.jsonl>] [--verbose] [--answers]`: builds a fresh index per
 * set, asks its questions and prints the metrics against the thresholds next to the gold file. Without
 * `--gold` every set is reported (the tuned gold set, the refusal set and the held-out sets), then a
 * summary table side by side. `--verbose` lists every question, not only the misses; `--answers`
 * prints the answer text under each, to read. The questions of a held-out set (never tuned on) are not
 * printed, only its metrics, unless `--show-held-out` is given: reading its misses is tuning on it.
 */
const { values: args } = parseArgs({ options: { docs: { type: 'string' }, gold: { type: 'string' }, verbose: { type: 'boolean', default: false }, answers: { type: 'boolean', default: false }, 'show-held-out': { type: 'boolean', default: false } } });
const suites: EvalSuite[] = args.gold
  ? [{ name: args.gold, goldFile: path.resolve(args.gold), thresholdsFile: path.join(path.dirname(path.resolve(args.gold)), 'thresholds.json'), ...(args.docs ? { sourceDir: path.resolve(args.docs) } : {}) }]
  : EVAL_SUITES;

const SUMMARY: (keyof EvalMetrics)[] = ['questions', 'answersWithFact', 'leadWithFact', 'factRecall', 'hitAt1', 'citedDocumentHit', 'refusedOutOfScope', 'falseRefusals', 'medianSentences', 'structuralSentences', 'latencyP95Ms'];
const reported: { suite: EvalSuite; metrics: EvalMetrics }[] = [];
let failed = false;
for (const suite of suites) {
  console.log(`\n=== ${suite.name}`);
  const thresholds = readThresholds(suite.thresholdsFile);
  const stelselwijzer = await createTestStelselwijzer({ sourceDir: suite.sourceDir });
  try {
    const { metrics, results } = await evaluateGoldSet({ assistant: stelselwijzer.assistant, gold: readGoldSet(suite.goldFile), headings: documentHeadings(stelselwijzer.index.chunks) });
    const showQuestions = !suite.heldOut || args['show-held-out'];
    if (!showQuestions) console.log('(held-out set: questions not shown; --show-held-out prints them)');
    for (const r of showQuestions ? results : []) {
      const ok = r.gold.shouldAbstain ? r.answer.abstained : r.firstHitRank === 1 && r.factsFound.length === r.gold.expectedFacts.length && r.structuralSentences.length === 0;
      if (ok && !args.verbose) continue;
      console.log(`${ok ? 'ok  ' : 'MISS'} ${r.gold.id} ${r.gold.question}`);
      console.log(`     cited: ${[...new Set(r.answer.citations.map((c) => c.source))].join(', ') || '(none)'}${r.answer.abstained ? ' [abstained]' : ''}`);
      if (!r.gold.shouldAbstain) console.log(`     expected: ${r.gold.expectedDocs[0]}; facts missing: ${r.gold.expectedFacts.filter((f) => !r.factsFound.includes(f)).join(' | ') || '-'}${r.factsFound.length > 0 && !r.leadHasFact ? '; not in the lead' : ''}`);
      for (const line of r.structuralSentences) console.log(`     structural line quoted: ${line}`);
      if (args.answers) console.log(`${r.answer.answer.replace(/^/gm, '     > ')}\n`);
    }
    console.log('');
    // Which refusal rules fired, by reason only (no questions: safe for a held-out set).
    console.log(`refusals by reason: out of scope ${countReasons(results.filter((r) => r.gold.shouldAbstain))}; answerable (false refusals) ${countReasons(results.filter((r) => !r.gold.shouldAbstain))}`);
    for (const [name, value] of Object.entries(metrics)) {
      const min = thresholds.minima[name as keyof EvalMetrics];
      const max = thresholds.maxima[name as keyof EvalMetrics];
      const bad = (min !== undefined && value < min) || (max !== undefined && value > max);
      failed ||= bad;
      const shown = Number.isInteger(value) ? String(value) : value.toFixed(3);
      const gate = min !== undefined ? `  (threshold ≥ ${min})` : max !== undefined ? `  (threshold ≤ ${max})` : '';
      console.log(`${name.padEnd(20)} ${shown.padStart(8)}${gate}${bad ? '  FAILS' : ''}`);
    }
    reported.push({ suite, metrics });
  } finally {
    stelselwijzer.cleanup();
  }
}

function countReasons(results: { answer: { abstained: boolean; refusal?: string } }[]): string {
  const counts = new Map<string, number>();
  for (const { answer } of results) if (answer.abstained) counts.set(answer.refusal ?? 'other', (counts.get(answer.refusal ?? 'other') ?? 0) + 1);
  return counts.size === 0 ? '-' : [...counts].map(([reason, n]) => `${reason} ${n}`).join(', ');
}

if (reported.length > 1) {
  console.log('\n=== summary (offline mode)');
  console.log(['set'.padEnd(52), ...SUMMARY.map((name) => name.slice(0, 12).padStart(13))].join(''));
  for (const { suite, metrics } of reported) {
    console.log([suite.name.slice(0, 51).padEnd(52), ...SUMMARY.map((name) => (Number.isInteger(metrics[name]) ? String(metrics[name]) : metrics[name].toFixed(3)).padStart(13))].join(''));
  }
}
process.exitCode = failed ? 1 : 0;
