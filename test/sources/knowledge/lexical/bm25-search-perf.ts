/**
 * Performance sanity check (not a test): builds a synthetic corpus of 10,000 chunks of ~150
 * words and reports BM25 search latency. Run: `npx tsx test/knowledge/lexical/bm25-search-perf.ts`.
 */
import type { Chunk } from '../../../../src/sources/knowledge/document.ts';
import { createLexicalRetriever, restoreLexicalRetriever } from '../../../../src/sources/knowledge/lexical/index.ts';

const WORDS = `jeugdhulp gemeente aanbieder taakgerichte bekostiging lumpsum budgetplafond wijkteam pleegzorg
verblijf residentiële randvoorwaarden risico's voordelen nadelen wachtlijst contract looptijd sturing
monitoring inkoop toegang toewijzing declaratie tarief trajectprijs outputgericht inspanningsgericht
transformatie preventie samenwerking consortium hoofdaannemer regio cliënten ouders gezin kosten
uitgaven verantwoording resultaat effectiviteit specialistische ambulante begeleiding behandeling
zorgaanbieder jeugdhulpaanbieders gemeenteraad wethouder beleid plan doelen afspraken prikkel volume`
  .split(/\s+/)
  .concat(Array.from({ length: 3000 }, (_, i) => `woord${i.toString(36)}`));

let seed = 42;
const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (): string => WORDS[Math.floor(random() ** 2 * WORDS.length)]!;

const chunks: Chunk[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: `doc-${Math.floor(i / 10)}#${i % 10}`,
  docId: `doc-${Math.floor(i / 10)}`,
  source: `knowledge/doc-${Math.floor(i / 10)}.md`,
  ordinal: i % 10,
  headingPath: [pick(), pick()],
  text: Array.from({ length: 150 }, pick).join(' '),
  metadata: { title: `Document ${Math.floor(i / 10)} over ${pick()}`, gemeenten: [], topics: [] },
}));

let start = performance.now();
const retriever = createLexicalRetriever({ chunks });
console.log(`build: ${(performance.now() - start).toFixed(0)} ms for ${retriever.size} chunks`);

start = performance.now();
const json = JSON.stringify(retriever.toJSON());
const restored = restoreLexicalRetriever(JSON.parse(json));
console.log(`snapshot: ${(json.length / 1e6).toFixed(1)} MB, roundtrip ${(performance.now() - start).toFixed(0)} ms`);

const queries = [
  'What are the preconditions for task-based funding?',
  'risico’s van een lumpsum voor cliënten met een wachtlijst',
  'hoe werkt het budgetplafond bij jeugdhulpaanbieders in de regio',
  'residential youth care and foster care',
  'samenwerking tussen wijkteam en specialistische jeugdhulp',
];
for (let i = 0; i < 50; i++) restored.search({ query: queries[i % queries.length]!, limit: 40 });
const timings: number[] = [];
for (let i = 0; i < 500; i++) {
  const t = performance.now();
  restored.search({ query: queries[i % queries.length]!, limit: 40 });
  timings.push(performance.now() - t);
}
timings.sort((a, b) => a - b);
const at = (q: number): string => timings[Math.floor(q * (timings.length - 1))]!.toFixed(2);
console.log(`search (limit 40): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
