import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';
import { evaluateGoldSet, type EvalMetrics } from './evaluate.ts';
import { readGoldSet } from './gold-set.ts';

/**
 * `npm run eval [-- --docs <dir> --gold <file.jsonl>] [--verbose] [--answers]`: builds a fresh index from knowledge/
 * (or the given folder), asks the gold set and prints the metrics against the thresholds. `--verbose`
 * lists every question, not only the misses; `--answers` prints the answer text under each, to read.
 */
const { values: args } = parseArgs({ options: { docs: { type: 'string' }, gold: { type: 'string' }, verbose: { type: 'boolean', default: false }, answers: { type: 'boolean', default: false } } });
const goldFile = args.gold ? path.resolve(args.gold) : undefined;
// Thresholds live next to the gold file.
const thresholdsFile = path.join(goldFile ? path.dirname(goldFile) : import.meta.dirname, 'thresholds.json');
const thresholds = (fs.existsSync(thresholdsFile) ? JSON.parse(fs.readFileSync(thresholdsFile, 'utf8')) : {}) as Partial<Record<keyof EvalMetrics, number>>;
const stelselwijzer = await createTestStelselwijzer({ sourceDir: args.docs ? path.resolve(args.docs) : undefined });
try {
  const { metrics, results } = await evaluateGoldSet({ assistant: stelselwijzer.assistant, gold: readGoldSet(goldFile) });
  const verbose = args.verbose;
  for (const r of results) {
    const ok = r.gold.shouldAbstain ? r.answer.abstained : r.firstHitRank === 1 && r.factsFound.length === r.gold.expectedFacts.length;
    if (ok && !verbose) continue;
    console.log(`${ok ? 'ok  ' : 'MISS'} ${r.gold.id} ${r.gold.question}`);
    console.log(`     cited: ${[...new Set(r.answer.citations.map((c) => c.source))].join(', ') || '(none)'}${r.answer.abstained ? ' [abstained]' : ''}`);
    if (!r.gold.shouldAbstain) console.log(`     expected: ${r.gold.expectedDocs[0]}; facts missing: ${r.gold.expectedFacts.filter((f) => !r.factsFound.includes(f)).join(' | ') || '-'}`);
    if (args.answers) console.log(`${r.answer.answer.replace(/^/gm, '     > ')}\n`);
  }
  console.log('');
  let failed = false;
  for (const [name, value] of Object.entries(metrics)) {
    const threshold = thresholds[name as keyof EvalMetrics];
    const below = threshold !== undefined && value < threshold;
    failed ||= below;
    const shown = Number.isInteger(value) ? String(value) : value.toFixed(3);
    console.log(`${name.padEnd(20)} ${shown.padStart(8)}${threshold !== undefined ? `  (threshold ${threshold})${below ? '  BELOW' : ''}` : ''}`);
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  stelselwijzer.cleanup();
}
