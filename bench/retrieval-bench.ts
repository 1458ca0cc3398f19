import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_DIR } from '../src/app/config/app-config.ts';
import { createOfflineComposer } from '../src/answering/extractive/offline-composer.ts';
import { createLexicalTermMatcher } from '../src/answering/extractive/lexical-term-matcher.ts';
import { createAssistant } from '../src/assistant/assistant.ts';
import { createHashingEmbedder } from '../src/sources/knowledge/embeddings/hashing-embedder.ts';
import { KnowledgeIndex } from '../src/sources/knowledge/index/knowledge-index.ts';
import { ingestDirectory } from '../src/sources/knowledge/ingest/ingest-directory.ts';
import { createHybridRetriever } from '../src/sources/knowledge/retrieval/hybrid-retriever.ts';
import { percentile } from '../test/eval/evaluate.ts';
import { readGoldSet, type GoldQuestion } from '../test/eval/gold-set.ts';
import { makeTempDir } from '../test/support/temp-dir.ts';
import { createMiniSearchBaseline } from './minisearch-baseline.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

/**
 * `npm run bench`: retrieval quality and latency of the hybrid retriever next to a tuned MiniSearch
 * BM25 baseline on the same chunks, latency at ~1k and ~10k chunks, ingestion throughput, and warm
 * offline answer latency. Prints figures and ratios; not part of the test suite.
 */
const embedder = createHashingEmbedder();
const knowledgeDir = path.join(PROJECT_DIR, 'knowledge');
const temp = makeTempDir('stelselwijzer-bench-');
const gold = readGoldSet().filter((g) => !g.shouldAbstain);
const questions = readGoldSet().map((g) => g.question);

async function buildIndex(sourceDirs: string[], name: string): Promise<{ index: KnowledgeIndex; ms: number; documents: number }> {
  const combined = path.join(temp.dir, `${name}-src`);
  fs.mkdirSync(combined, { recursive: true });
  for (const dir of sourceDirs) fs.cpSync(dir, path.join(combined, path.basename(dir)), { recursive: true });
  const indexDir = path.join(temp.dir, `${name}-index`);
  const report = await ingestDirectory({ sourceDir: combined, indexDir, embedder, sourceBase: combined });
  return { index: KnowledgeIndex.load({ indexDir, embedder }), ms: report.durationMs, documents: report.documents };
}

async function timeQueries(run: (q: string) => Promise<unknown> | unknown, rounds = 3): Promise<{ p50: number; p95: number }> {
  for (const q of questions.slice(0, 10)) await run(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const started = performance.now();
      await run(q);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const ratio = (a: number, b: number) => (b === 0 ? '–' : `${fmt(a / b)}×`);

try {
  console.log('Stelselwijzer retrieval benchmark\n');

  // 1. Quality side by side, on the knowledge base and on the held-out public documents.
  const real = await buildIndexFromFolder(knowledgeDir, 'knowledge-index');
  const hybrid = createHybridRetriever({ index: real, embedder });
  await compareQuality({ name: 'knowledge/', index: real, gold });
  const heldoutDir = path.join(PROJECT_DIR, 'test', 'eval', 'heldout');
  const heldout = await buildIndexFromFolder(path.join(heldoutDir, 'docs'), 'heldout-index');
  await compareQuality({ name: 'held-out public documents', index: heldout, gold: readGoldSet(path.join(heldoutDir, 'gold.jsonl')).filter((g) => !g.shouldAbstain) });

  // 2. Latency at ~1k and ~10k chunks, and ingestion throughput.
  const synthetic1k = path.join(temp.dir, 'synthetic-1k');
  writeSyntheticCorpus({ knowledgeDir, targetDir: synthetic1k, count: 1000 });
  const thousandDocs = await buildIndex([synthetic1k], 'ingest-1000');
  console.log(`Ingestion: ${thousandDocs.documents} Markdown documents (${thousandDocs.index.chunks.length} chunks) in ${fmt(thousandDocs.ms / 1000)} s = ${fmt((thousandDocs.documents / thousandDocs.ms) * 1000, 1)} documents/s\n`);

  for (const target of [1_000, 10_000]) {
    const dir = path.join(temp.dir, `synthetic-${target}`);
    writeSyntheticCorpus({ knowledgeDir, targetDir: dir, count: Math.max(1, Math.round((target - real.chunks.length) / 4)), seed: target });
    const { index } = await buildIndex([knowledgeDir, dir], `scale-${target}`);
    const retriever = createHybridRetriever({ index, embedder });
    const mini = createMiniSearchBaseline(index.chunks);
    const ours = await timeQueries((q) => retriever.retrieve({ query: q, limit: 6 }));
    const base = await timeQueries((q) => mini.search(q, 6));
    console.log(`Retrieval latency at ${index.chunks.length} chunks (ms)`);
    console.log(`  p50  hybrid ${fmt(ours.p50)}  MiniSearch ${fmt(base.p50)}  ratio ${ratio(ours.p50, base.p50)}`);
    console.log(`  p95  hybrid ${fmt(ours.p95)}  MiniSearch ${fmt(base.p95)}  ratio ${ratio(ours.p95, base.p95)}\n`);
  }

  // 3. Warm offline answers on the real knowledge base.
  const assistant = createAssistant({ retriever: hybrid, composer: createOfflineComposer({ terms: createLexicalTermMatcher({ lexical: real.lexical, chunks: real.chunks }) }) });
  const answers = await timeQueries((q) => assistant.ask({ question: q }));
  console.log(`Warm offline answer latency (ms): p50 ${fmt(answers.p50)}  p95 ${fmt(answers.p95)}`);
  const memory = process.memoryUsage();
  console.log(`Memory: rss ${fmt(memory.rss / 2 ** 20, 0)} MiB, heap ${fmt(memory.heapUsed / 2 ** 20, 0)} MiB`);
} finally {
  temp.cleanup();
}

async function buildIndexFromFolder(sourceDir: string, name: string): Promise<KnowledgeIndex> {
  const indexDir = path.join(temp.dir, name);
  await ingestDirectory({ sourceDir, indexDir, embedder, sourceBase: PROJECT_DIR });
  return KnowledgeIndex.load({ indexDir, embedder });
}

/** hit@1 and hit@5 on the documents of the top passages: hybrid retrieval next to MiniSearch. */
async function compareQuality(options: { name: string; index: KnowledgeIndex; gold: GoldQuestion[] }): Promise<void> {
  const { index, gold } = options;
  const hybrid = createHybridRetriever({ index, embedder });
  const baseline = createMiniSearchBaseline(index.chunks);
  const sourceOf = new Map(index.chunks.map((c) => [c.id, c.source]));
  let ours1 = 0, ours5 = 0, base1 = 0, base5 = 0;
  for (const g of gold) {
    const oursDocs = [...new Set((await hybrid.retrieve({ query: g.question, limit: 5 })).map((p) => p.chunk.source))];
    const baseDocs = [...new Set(baseline.search(g.question, 5).map((id) => sourceOf.get(id)!))];
    if (g.expectedDocs.includes(oursDocs[0] ?? '')) ours1++;
    if (oursDocs.some((d) => g.expectedDocs.includes(d))) ours5++;
    if (g.expectedDocs.includes(baseDocs[0] ?? '')) base1++;
    if (baseDocs.some((d) => g.expectedDocs.includes(d))) base5++;
  }
  const n = gold.length;
  console.log(`Quality on ${options.name} (${index.chunks.length} chunks, ${n} answerable questions)`);
  console.log(`  metric   hybrid   MiniSearch  ratio`);
  console.log(`  hit@1    ${fmt(ours1 / n, 3)}    ${fmt(base1 / n, 3)}       ${ratio(ours1, base1)}`);
  console.log(`  hit@5    ${fmt(ours5 / n, 3)}    ${fmt(base5 / n, 3)}       ${ratio(ours5, base5)}\n`);
}
