import fs from 'node:fs';
import type { Chunk } from '../document.ts';
import type { Embedder } from '../embeddings/embedder.ts';
import { LexicalSnapshotError, restoreLexicalRetriever, type LexicalRetriever } from '../lexical/index.ts';
import { VectorIndex } from '../vector/vector-index.ts';
import { EmbedderMismatchError } from './embedder-mismatch-error.ts';
import { IndexOutdatedError } from './index-outdated-error.ts';
import { indexFiles, readChunks, readManifest, readVectors } from './index-files.ts';
import type { IndexManifest } from './index-manifest.ts';

/** A loaded, searchable index: chunks with their vectors, the HNSW graph and the BM25 index. */
export class KnowledgeIndex {
  private readonly positions: Map<string, number>;
  /** Per document, its chunks in reading order (by ordinal). */
  private readonly documents = new Map<string, Chunk[]>();

  constructor(
    readonly manifest: IndexManifest,
    readonly chunks: Chunk[],
    private readonly vectors: Float32Array,
    readonly vectorIndex: VectorIndex,
    readonly lexical: LexicalRetriever,
  ) {
    this.positions = new Map(chunks.map((chunk, position) => [chunk.id, position]));
    for (const chunk of chunks) {
      const ofDocument = this.documents.get(chunk.docId) ?? [];
      ofDocument[chunk.ordinal] = chunk;
      this.documents.set(chunk.docId, ofDocument);
    }
  }

  get dimensions(): number {
    return this.manifest.embedder.dimensions;
  }

  positionOf(chunkId: string): number | undefined {
    return this.positions.get(chunkId);
  }

  /** The chunk of a document at an ordinal (its place in the document), if there is one. */
  chunkAt(docId: string, ordinal: number): Chunk | undefined {
    return this.documents.get(docId)?.[ordinal];
  }

  vectorAt(position: number): Float32Array {
    const d = this.dimensions;
    return this.vectors.subarray(position * d, (position + 1) * d);
  }

  /** Loads an index from disk; refuses one built by a different embedder. */
  static load(options: { indexDir: string; embedder: Embedder }): KnowledgeIndex {
    const { indexDir, embedder } = options;
    const manifest = readManifest(indexDir);
    if (!manifest) throw new Error(`Geen index gevonden in ${indexDir}. Bouw er een met: cli ingest <map> --index ${indexDir}`);
    if (manifest.embedder.id !== embedder.id) throw new EmbedderMismatchError(manifest.embedder.id, embedder.id);
    const files = indexFiles(indexDir);
    const chunks = readChunks(indexDir);
    const vectors = readVectors(indexDir);
    const vectorIndex = VectorIndex.read({ dimensions: manifest.embedder.dimensions, file: files.hnsw, size: chunks.length });
    const lexical = restoreLexical(indexDir, files.lexical);
    return new KnowledgeIndex(manifest, chunks, vectors, vectorIndex, lexical);
  }
}

function restoreLexical(indexDir: string, file: string): LexicalRetriever {
  try {
    return restoreLexicalRetriever(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    if (LexicalSnapshotError.isInstance(error)) throw new IndexOutdatedError(indexDir);
    throw error;
  }
}
