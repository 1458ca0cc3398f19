import fs from 'node:fs';
import path from 'node:path';
import { loadAppConfig, PROJECT_DIR, type AppConfig } from '../../src/app/config/app-config.ts';
import { createStelselwijzer, type Stelselwijzer } from '../../src/app/composition-root.ts';
import { createEmbedder } from '../../src/sources/knowledge/embeddings/create-embedder.ts';
import { ingestDirectory } from '../../src/sources/knowledge/ingest/ingest-directory.ts';
import { makeTempDir } from './temp-dir.ts';

/**
 * Builds a real index from the project's knowledge/ folder (or another) in a temporary DATA_DIR and wires the
 * real assistant on it, as `npm start` does.
 */
export async function createTestStelselwijzer(options: { sourceDir?: string; env?: Record<string, string> } = {}): Promise<Stelselwijzer & { config: AppConfig; cleanup: () => void }> {
  const { dir, cleanup } = makeTempDir();
  const config = loadAppConfig({ ...fromProcess(), DATA_DIR: dir, LOG_LEVEL: 'silent', ...options.env });
  await ingestDirectory({
    sourceDir: options.sourceDir ?? path.join(PROJECT_DIR, 'knowledge'),
    indexDir: config.indexDir,
    embedder: await createEmbedder(config),
    sourceBase: PROJECT_DIR,
  });
  const stelselwijzer = await createStelselwijzer({ config, indexDir: config.indexDir });
  return { ...stelselwijzer, config, cleanup };
}

/** The real assistant over a small corpus written for the test (file name → Markdown), in a temporary folder removed by cleanup. */
export async function createCorpusStelselwijzer(docs: Record<string, string>): Promise<Stelselwijzer & { config: AppConfig; cleanup: () => void }> {
  const corpus = makeTempDir('stelselwijzer-corpus-');
  for (const [name, text] of Object.entries(docs)) fs.writeFileSync(path.join(corpus.dir, name), text);
  const stelselwijzer = await createTestStelselwijzer({ sourceDir: corpus.dir });
  return {
    ...stelselwijzer,
    cleanup: () => {
      stelselwijzer.cleanup();
      corpus.cleanup();
    },
  };
}

/** What a test sets on the process (vi.stubEnv) for CBS and storage, as `npm start` would read it. */
function fromProcess(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => /^(CBS_ODATA_V[34]_URL|STORAGE|AZURE_STORAGE_.*)$/.test(entry[0]) && entry[1] !== undefined));
}
