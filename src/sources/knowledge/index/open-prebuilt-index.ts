import { ConfigError } from '../../../lib/errors/index.ts';
import type { Embedder } from '../embeddings/embedder.ts';
import { EmbedderMismatchError } from './embedder-mismatch-error.ts';
import { indexExists, readManifest } from './index-files.ts';
import { IndexOutdatedError } from './index-outdated-error.ts';
import { KnowledgeIndex } from './knowledge-index.ts';

/**
 * Opens the index named by INDEX_DIR: built by a job (`cli ingest`) and read by every instance.
 * It is never built or updated here; a missing, outdated or otherwise embedded index is a
 * ConfigError naming the variable and the command that builds it.
 */
export function openPrebuiltIndex({ indexDir, embedder }: { indexDir: string; embedder: Embedder }): KnowledgeIndex {
  const build = (flags: string) => `INDEX_DIR=${indexDir} npm run cli -- ingest knowledge${flags}`;
  if (!indexExists(indexDir)) {
    throw new ConfigError([`INDEX_DIR: geen index in ${indexDir} / no index there. Bouw hem met / build it with: ${build('')}`]);
  }
  try {
    // A manifest of another format version is an index written by another version of Stelselwijzer.
    if (!readManifest(indexDir)) throw new IndexOutdatedError(indexDir);
    return KnowledgeIndex.load({ indexDir, embedder });
  } catch (error) {
    if (EmbedderMismatchError.isInstance(error)) throw new ConfigError([`INDEX_DIR: ${error.message} Voor INDEX_DIR / for INDEX_DIR: ${build(' --rebuild')}`]);
    if (IndexOutdatedError.isInstance(error)) throw new ConfigError([`INDEX_DIR: ${error.message} Voor INDEX_DIR / for INDEX_DIR: ${build('')}`]);
    throw error;
  }
}
