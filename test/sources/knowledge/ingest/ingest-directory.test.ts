import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Embedder } from '../../../../src/sources/knowledge/embeddings/embedder.ts';
import { createHashingEmbedder } from '../../../../src/sources/knowledge/embeddings/hashing-embedder.ts';
import { KnowledgeIndex } from '../../../../src/sources/knowledge/index/knowledge-index.ts';
import { ingestDirectory } from '../../../../src/sources/knowledge/ingest/ingest-directory.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';

/** The real local embedder, counting the texts it is asked to embed. */
function countingEmbedder(): Embedder & { embedded: string[] } {
  const inner = createHashingEmbedder();
  const embedded: string[] = [];
  return {
    id: inner.id,
    dimensions: inner.dimensions,
    multilingual: inner.multilingual,
    embedded,
    embedDocuments: async (texts) => {
      embedded.push(...texts);
      return inner.embedDocuments(texts);
    },
    embedQuery: (text) => inner.embedQuery(text),
  };
}

const doc = (title: string, body: string) => `---\ntitle: "${title}"\ntype: advies\ngemeenten: []\ntopics: []\n---\n# ${title}\n\n${body}\n`;

describe('ingestDirectory', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let docs: string;
  let indexDir: string;

  beforeEach(() => {
    temp = makeTempDir();
    docs = path.join(temp.dir, 'docs');
    indexDir = path.join(temp.dir, 'index');
    fs.mkdirSync(docs);
    fs.writeFileSync(path.join(docs, 'lumpsum.md'), doc('Lumpsum', 'Een lumpsum is een vast budget voor een afgebakende taak.'));
    fs.writeFileSync(path.join(docs, 'pxq.md'), doc('P maal Q', 'Bij inspanningsgerichte bekostiging betaalt de gemeente per geleverde eenheid.'));
  });
  afterEach(() => temp.cleanup());

  it('records sources relative to the base and indexes every document', async () => {
    const report = await ingestDirectory({ sourceDir: docs, indexDir, embedder: countingEmbedder(), sourceBase: temp.dir });
    expect(report.added.sort()).toEqual(['docs/lumpsum.md', 'docs/pxq.md']);
    const index = KnowledgeIndex.load({ indexDir, embedder: createHashingEmbedder() });
    expect(new Set(index.chunks.map((c) => c.source))).toEqual(new Set(['docs/lumpsum.md', 'docs/pxq.md']));
    expect(index.chunks.find((c) => c.source === 'docs/lumpsum.md')?.docId).toBe('docs/lumpsum');
  });

  it('does not re-process unchanged documents, re-processes changed ones and drops removed ones', async () => {
    const embedder = countingEmbedder();
    await ingestDirectory({ sourceDir: docs, indexDir, embedder, sourceBase: temp.dir });
    embedder.embedded.length = 0;

    fs.writeFileSync(path.join(docs, 'pxq.md'), doc('P maal Q', 'Bij P maal Q betaalt de gemeente per uur of dagdeel.'));
    fs.rmSync(path.join(docs, 'lumpsum.md'));
    fs.writeFileSync(path.join(docs, 'nieuw.md'), doc('Consortium', 'Een consortium is een samenwerkingsverband van aanbieders.'));
    const report = await ingestDirectory({ sourceDir: docs, indexDir, embedder, sourceBase: temp.dir });

    expect(report).toMatchObject({ added: ['docs/nieuw.md'], updated: ['docs/pxq.md'], unchanged: [], removed: ['docs/lumpsum.md'] });
    expect(embedder.embedded.some((t) => t.includes('lumpsum'))).toBe(false);
    const index = KnowledgeIndex.load({ indexDir, embedder });
    expect(index.chunks.some((c) => c.source === 'docs/lumpsum.md')).toBe(false);
    expect(index.lexical.search({ query: 'lumpsum', limit: 5 })).toEqual([]);
    expect(index.lexical.search({ query: 'dagdeel', limit: 5 }).length).toBe(1);

    embedder.embedded.length = 0;
    const again = await ingestDirectory({ sourceDir: docs, indexDir, embedder, sourceBase: temp.dir });
    expect(again.unchanged.sort()).toEqual(['docs/nieuw.md', 'docs/pxq.md']);
    expect(embedder.embedded).toEqual([]);
  });

  it('reports an unreadable file and an unsupported one, and still indexes the rest', async () => {
    fs.writeFileSync(path.join(docs, 'kapot.pdf'), Buffer.from('dit is geen pdf'));
    fs.writeFileSync(path.join(docs, 'plaatje.png'), Buffer.from([0x89, 0x50]));
    const report = await ingestDirectory({ sourceDir: docs, indexDir, embedder: countingEmbedder(), sourceBase: temp.dir });
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.source).toBe('docs/kapot.pdf');
    expect(report.failed[0]?.message).toMatch(/kapot\.pdf/);
    expect(report.skipped).toEqual(['docs/plaatje.png']);
    expect(report.documents).toBe(2);
  });

  it('refuses a folder that does not exist', async () => {
    await expect(ingestDirectory({ sourceDir: path.join(temp.dir, 'nope'), indexDir, embedder: countingEmbedder() })).rejects.toThrowError(/Map niet gevonden/);
  });
});
