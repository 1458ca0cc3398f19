import type { Logger } from 'pino';
import type { Embedder } from '../embeddings/embedder.ts';
import { ingestDirectory, type IngestReport } from '../ingest/ingest-directory.ts';
import { indexExists } from './index-files.ts';

/** Builds the index from the knowledge folder when it does not exist yet. */
export async function ensureIndex(options: {
  indexDir: string;
  knowledgeDir: string;
  projectDir: string;
  embedder: Embedder;
  logger?: Logger;
}): Promise<IngestReport | undefined> {
  if (indexExists(options.indexDir)) return undefined;
  options.logger?.info({ knowledgeDir: options.knowledgeDir, indexDir: options.indexDir }, 'building the knowledge index');
  const report = await ingestDirectory({
    sourceDir: options.knowledgeDir,
    indexDir: options.indexDir,
    embedder: options.embedder,
    sourceBase: options.projectDir,
  });
  options.logger?.info({ documents: report.documents, chunks: report.chunks, failed: report.failed.length, ms: report.durationMs }, 'knowledge index built');
  return report;
}
