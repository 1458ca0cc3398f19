import fs from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../src/sources/knowledge/ingest/split-sentences.ts';

/**
 * Writes `count` Markdown documents built from the sentences of the real knowledge base, shuffled
 * deterministically across documents, so that a corpus of any size has realistic Dutch text.
 */
export function writeSyntheticCorpus(options: { knowledgeDir: string; targetDir: string; count: number; seed?: number }): void {
  const sentences = fs
    .readdirSync(options.knowledgeDir)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => splitSentences(fs.readFileSync(path.join(options.knowledgeDir, f), 'utf8').replace(/^---[\s\S]*?---/, '').replace(/^#.*$/gm, '')))
    .filter((s) => s.length > 40);
  const random = mulberry32(options.seed ?? 42);
  fs.mkdirSync(options.targetDir, { recursive: true });
  for (let d = 0; d < options.count; d++) {
    const sections = Array.from({ length: 4 }, (_, s) => {
      const body = Array.from({ length: 6 }, () => sentences[Math.floor(random() * sentences.length)]).join(' ');
      return `## Onderdeel ${s + 1}\n\n${body}\n`;
    });
    const text = `---\ntitle: "Synthetisch document ${d}"\ntype: onderzoek\ngemeenten: []\ntopics: []\n---\n# Synthetisch document ${d}\n\n${sections.join('\n')}`;
    fs.writeFileSync(path.join(options.targetDir, `synthetisch-${String(d).padStart(5, '0')}.md`), text);
  }
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
