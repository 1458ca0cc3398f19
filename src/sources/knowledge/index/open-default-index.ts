import type { Logger } from 'pino';
import type { Embedder } from '../embeddings/embedder.ts';
import { ingestDirectory } from '../ingest/ingest-directory.ts';
import { indexExists } from './index-files.ts';
import { IndexOutdatedError } from './index-outdated-error.ts';
import { KnowledgeIndex } from './knowledge-index.ts';

/**
 * Opens the default index, first building it from the knowledge folder when it does not exist
 * yet, or updating it when an older version of Stelselwijzer wrote it.
 */
export async function openDefaultIndex(options: {
  indexDir: string;
  knowledgeDir: string;
  projectDir: string;
  embedder: Embedder;
  logger?: Logger;
}): Promise<KnowledgeIndex> {
  const { indexDir, embedder, logger } = options;
  const build = async (reason: string): Promise<void> => {
    logger?.info({ knowledgeDir: options.knowledgeDir, indexDir, reason }, 'building the knowledge index');
    const report = await ingestDirectory({ sourceDir: options.knowledgeDir, indexDir, embedder, sourceBase: options.projectDir });
    logger?.info({ documents: report.documents, chunks: report.chunks, failed: report.failed.length, ms: report.durationMs }, 'knowledge index built');
  };
  if (!indexExists(indexDir)) await build('missing');
  try {
    return KnowledgeIndex.load({ indexDir, embedder });
  } catch (error) {
    if (!IndexOutdatedError.isInstance(error)) throw error;
    await build('outdated');
    return KnowledgeIndex.load({ indexDir, embedder });
  }
}
