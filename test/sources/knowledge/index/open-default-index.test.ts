import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHashingEmbedder } from '../../../../src/sources/knowledge/embeddings/hashing-embedder.ts';
import { indexFiles } from '../../../../src/sources/knowledge/index/index-files.ts';
import { IndexOutdatedError } from '../../../../src/sources/knowledge/index/index-outdated-error.ts';
import { KnowledgeIndex } from '../../../../src/sources/knowledge/index/knowledge-index.ts';
import { openDefaultIndex } from '../../../../src/sources/knowledge/index/open-default-index.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';

describe('openDefaultIndex', () => {
  const temp = makeTempDir();
  afterEach(() => temp.cleanup());

  it('builds a missing index, and updates one written by an older version', async () => {
    const knowledgeDir = path.join(temp.dir, 'knowledge');
    fs.mkdirSync(knowledgeDir, { recursive: true });
    fs.writeFileSync(path.join(knowledgeDir, 'a.md'), '# Wijkteam\n\nEen wijkteam is de toegang tot jeugdhulp in de buurt.\n');
    const indexDir = path.join(temp.dir, 'index');
    const embedder = createHashingEmbedder();
    const first = await openDefaultIndex({ indexDir, knowledgeDir, projectDir: temp.dir, embedder });
    expect(first.chunks.map((c) => c.source)).toEqual(['knowledge/a.md']);

    const lexicalFile = indexFiles(indexDir).lexical;
    fs.writeFileSync(lexicalFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(lexicalFile, 'utf8')), analyzer: 'an-older-analyzer' }));
    expect(() => KnowledgeIndex.load({ indexDir, embedder })).toThrowError(IndexOutdatedError);
    const reopened = await openDefaultIndex({ indexDir, knowledgeDir, projectDir: temp.dir, embedder });
    expect(reopened.lexical.search({ query: 'wijkteam', limit: 1 })).toHaveLength(1);
  });
});
