/** What an index on disk holds and how it was built; the basis for incremental updates. */
export interface IndexManifest {
  formatVersion: typeof INDEX_FORMAT_VERSION;
  embedder: { id: string; dimensions: number };
  builtAt: string;
  documents: Record<string, IndexedDocument>;
}

export interface IndexedDocument {
  docId: string;
  contentHash: string;
  title: string;
  chunkCount: number;
}

export const INDEX_FORMAT_VERSION = 1;
