import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../../../src/app/config/app-config.ts';
import { createEmbedder } from '../../../../src/sources/knowledge/embeddings/create-embedder.ts';
import { createHashingEmbedder } from '../../../../src/sources/knowledge/embeddings/hashing-embedder.ts';
import { EmbedderMismatchError } from '../../../../src/sources/knowledge/index/embedder-mismatch-error.ts';
import { KnowledgeIndex } from '../../../../src/sources/knowledge/index/knowledge-index.ts';
import { ingestDirectory } from '../../../../src/sources/knowledge/ingest/ingest-directory.ts';
import { startOpenAiCompatibleServer, type OpenAiCompatibleServer } from '../../../support/openai-compatible-server.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';

describe('EMBEDDINGS=openai against an OpenAI-compatible server on localhost', () => {
  let server: OpenAiCompatibleServer;
  const temp = makeTempDir();

  beforeAll(async () => {
    server = await startOpenAiCompatibleServer({ dimensions: 24 });
  });
  afterAll(async () => {
    await server.close();
    temp.cleanup();
  });

  it('finds the vector size with one probe, embeds over HTTP, and the index records the embedder', async () => {
    const config = loadAppConfig({ EMBEDDINGS: 'openai', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseUrl, OPENAI_EMBEDDINGS_MODEL: 'local-embed' });
    const embedder = await createEmbedder(config);
    expect(embedder.dimensions).toBe(24);
    expect(embedder.id).toBe('openai:local-embed-24');

    const docs = path.join(temp.dir, 'docs');
    fs.mkdirSync(docs);
    fs.writeFileSync(path.join(docs, 'a.md'), '# Lumpsum\n\nEen lumpsum is een vast budget voor een taak.\n');
    const indexDir = path.join(temp.dir, 'index');
    await ingestDirectory({ sourceDir: docs, indexDir, embedder });
    expect(server.requests.filter((r) => r.path === '/v1/embeddings').length).toBeGreaterThanOrEqual(2);
    expect(server.requests.at(-1)?.body.model).toBe('local-embed');

    const index = KnowledgeIndex.load({ indexDir, embedder });
    expect(index.manifest.embedder).toEqual({ id: 'openai:local-embed-24', dimensions: 24 });
    expect(() => KnowledgeIndex.load({ indexDir, embedder: createHashingEmbedder() })).toThrowError(EmbedderMismatchError);
    await expect(ingestDirectory({ sourceDir: docs, indexDir, embedder: createHashingEmbedder() })).rejects.toThrowError(/embedder/);
  });

  it('names the missing settings when EMBEDDINGS=openai has no service', () => {
    expect(() => loadAppConfig({ EMBEDDINGS: 'openai' })).toThrowError(/OPENAI_API_KEY/);
    expect(() => loadAppConfig({ EMBEDDINGS: 'openai', AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com' })).toThrowError(/AZURE_OPENAI_EMBEDDINGS_DEPLOYMENT/);
  });
});
