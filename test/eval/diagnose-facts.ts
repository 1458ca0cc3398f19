import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLexicalTermMatcher } from '../../src/answering/extractive/lexical-term-matcher.ts';
import { createPassageAnalyser } from '../../src/answering/extractive/passage-analysis.ts';
import { createEmbedder } from '../../src/sources/knowledge/embeddings/create-embedder.ts';
import { createHybridRetriever } from '../../src/sources/knowledge/retrieval/hybrid-retriever.ts';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';
import { readGoldSet } from './gold-set.ts';

/**
 * `tsx test/eval/diagnose-facts.ts [--docs <dir> --gold <file>]`: for every answerable gold question
 * whose answer misses an expected fact, shows where the sentence holding that fact stands among the
 * candidate sentences of the retrieved passages (or that no retrieved passage holds it). A tool for
 * reading misses, not a gate.
 */
const { values: args } = parseArgs({ options: { docs: { type: 'string' }, gold: { type: 'string' } } });
const stelselwijzer = await createTestStelselwijzer({ sourceDir: args.docs ? path.resolve(args.docs) : undefined });
const retriever = createHybridRetriever({ index: stelselwijzer.index, embedder: await createEmbedder(stelselwijzer.config) });
const analyse = createPassageAnalyser(createLexicalTermMatcher({ lexical: stelselwijzer.index.lexical, chunks: stelselwijzer.index.chunks }));
try {
  for (const gold of readGoldSet(args.gold ? path.resolve(args.gold) : undefined)) {
    if (gold.shouldAbstain) continue;
    const answer = await stelselwijzer.assistant.ask({ question: gold.question });
    const text = answer.answer.toLowerCase();
    const missing = gold.expectedFacts.filter((fact) => !text.includes(fact.toLowerCase()));
    if (missing.length === 0) continue;
    const passages = await retriever.retrieve({ query: gold.question, limit: 8 });
    console.log(`${gold.id} ${gold.question}`);
    for (const fact of missing) {
      const where = passages.flatMap((p, rank) => analyse(p.chunk).candidates.filter((c) => c.text.toLowerCase().includes(fact.toLowerCase())).map((c) => `passage ${rank + 1} (${p.chunk.source}): ${c.text.slice(0, 160)}`));
      const inText = passages.findIndex((p) => p.chunk.text.toLowerCase().includes(fact.toLowerCase()));
      console.log(`  "${fact}": ${where.length > 0 ? where.join('\n    ') : inText >= 0 ? `in passage ${inText + 1} text but no candidate sentence` : 'not in the retrieved passages'}`);
    }
  }
} finally {
  stelselwijzer.cleanup();
}
