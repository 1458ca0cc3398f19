import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/lib/errors/config-error.ts';
import { createHashingEmbedder } from '../../../../src/sources/knowledge/embeddings/hashing-embedder.ts';
import { indexFiles } from '../../../../src/sources/knowledge/index/index-files.ts';
import { openPrebuiltIndex } from '../../../../src/sources/knowledge/index/open-prebuilt-index.ts';
import { ingestDirectory } from '../../../../src/sources/knowledge/ingest/ingest-directory.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';
import { directorySnapshot } from '../../../support/directory-snapshot.ts';
import { configErrorOf } from '../../../support/config-error-of.ts';

describe('openPrebuiltIndex (INDEX_DIR)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  async function buildIndex(): Promise<string> {
    const knowledgeDir = path.join(temp.dir, 'knowledge');
    fs.mkdirSync(knowledgeDir, { recursive: true });
    fs.writeFileSync(path.join(knowledgeDir, 'a.md'), '# Wijkteam\n\nEen wijkteam is de toegang tot jeugdhulp in de buurt.\n');
    const indexDir = path.join(temp.dir, 'index');
    await ingestDirectory({ sourceDir: knowledgeDir, indexDir, embedder: createHashingEmbedder(), sourceBase: temp.dir });
    return indexDir;
  }

  it('loads a prebuilt index as it is', async () => {
    const indexDir = await buildIndex();
    const before = directorySnapshot(indexDir);
    const index = openPrebuiltIndex({ indexDir, embedder: createHashingEmbedder() });
    expect(index.chunks.map((chunk) => chunk.source)).toEqual(['knowledge/a.md']);
    expect(directorySnapshot(indexDir)).toEqual(before);
  });

  it('never builds a missing index: the error names INDEX_DIR and the command that builds it', () => {
    const indexDir = path.join(temp.dir, 'nowhere');
    const error = configErrorOf(() => openPrebuiltIndex({ indexDir, embedder: createHashingEmbedder() }));
    expect(error.problems).toEqual([expect.stringMatching(/^INDEX_DIR: geen index in /)]);
    expect(error.message).toContain(`INDEX_DIR=${indexDir} npm run cli -- ingest knowledge`);
    expect(fs.existsSync(indexDir)).toBe(false);
  });

  it('refuses an index of an older analyser version without updating it', async () => {
    const indexDir = await buildIndex();
    const lexicalFile = indexFiles(indexDir).lexical;
    fs.writeFileSync(lexicalFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(lexicalFile, 'utf8')), analyzer: 'an-older-analyzer' }));
    const before = directorySnapshot(indexDir);
    const error = configErrorOf(() => openPrebuiltIndex({ indexDir, embedder: createHashingEmbedder() }));
    expect(error.message).toMatch(/INDEX_DIR: De index in .+ is gemaakt met een oudere versie van Stelselwijzer/);
    expect(error.message).toContain(`INDEX_DIR=${indexDir} npm run cli -- ingest knowledge`);
    expect(directorySnapshot(indexDir)).toEqual(before);
  });

  it('refuses an index of another index format version', async () => {
    const indexDir = await buildIndex();
    const manifestFile = indexFiles(indexDir).manifest;
    fs.writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(manifestFile, 'utf8')), formatVersion: 0 }));
    const error = configErrorOf(() => openPrebuiltIndex({ indexDir, embedder: createHashingEmbedder() }));
    expect(error.message).toMatch(/INDEX_DIR: De index in .+ is gemaakt met een oudere versie van Stelselwijzer/);
  });

  it('refuses an index built by another embedder, naming both and the rebuild command', async () => {
    const indexDir = await buildIndex();
    const error = configErrorOf(() => openPrebuiltIndex({ indexDir, embedder: createHashingEmbedder({ dimensions: 256 }) }));
    expect(error.message).toMatch(/INDEX_DIR: De index is gebouwd met embedder "hashing-v2-512", maar nu is "hashing-v2-256" ingesteld/);
    expect(error.message).toContain(`INDEX_DIR=${indexDir} npm run cli -- ingest knowledge --rebuild`);
  });
});
