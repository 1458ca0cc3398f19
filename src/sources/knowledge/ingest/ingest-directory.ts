import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../../lib/errors/index.ts';
import type { Chunk } from '../document.ts';
import type { Embedder } from '../embeddings/embedder.ts';
import { EmbedderMismatchError } from '../index/embedder-mismatch-error.ts';
import { indexFiles, readChunks, readManifest, readVectors, writeFileAtomically } from '../index/index-files.ts';
import { INDEX_FORMAT_VERSION, type IndexManifest, type IndexedDocument } from '../index/index-manifest.ts';
import { createLexicalRetriever } from '../lexical/index.ts';
import { VectorIndex } from '../vector/vector-index.ts';
import { chunkDocument } from './chunk-document.ts';
import { listDocumentFiles } from './list-document-files.ts';
import { withoutReferenceSections } from './reference-sections.ts';
import { isSupportedDocument, loadDocument } from './loaders/load-document.ts';
import { UnreadableDocumentError } from './loaders/unreadable-document-error.ts';

export interface IngestProgress {
  done: number;
  total: number;
  source: string;
}

export interface IngestReport {
  indexDir: string;
  documents: number;
  chunks: number;
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  skipped: string[];
  failed: { source: string; message: string }[];
  durationMs: number;
}

export interface IngestOptions {
  sourceDir: string;
  indexDir: string;
  embedder: Embedder;
  /** Base for the `source` paths recorded per document; defaults to the working directory. */
  sourceBase?: string;
  /** Start from an empty index instead of updating (needed to switch embedders). */
  rebuild?: boolean;
  onProgress?: (progress: IngestProgress) => void;
}

interface DocumentBatch {
  entry: IndexedDocument;
  chunks: Chunk[];
  vectors: ArrayLike<number>[];
}

/**
 * Builds or updates the index in `indexDir` from the documents in `sourceDir`. Unchanged documents
 * (same content hash) keep their chunks and vectors; removed documents disappear; a file that
 * cannot be read is reported and the rest is still indexed.
 */
export async function ingestDirectory(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const { sourceDir, indexDir, embedder } = options;
  if (!fs.existsSync(sourceDir) || !fs.statSync(sourceDir).isDirectory()) {
    throw new Error(`Map niet gevonden: ${sourceDir}`);
  }
  const previous = options.rebuild ? undefined : readManifest(indexDir);
  if (previous && previous.embedder.id !== embedder.id) throw new EmbedderMismatchError(previous.embedder.id, embedder.id);
  const previousBatches = previous ? readPreviousBatches(indexDir, previous) : new Map<string, DocumentBatch>();

  const base = options.sourceBase ?? process.cwd();
  const files = listDocumentFiles(sourceDir);
  const report: IngestReport = {
    indexDir, documents: 0, chunks: 0, added: [], updated: [], unchanged: [], removed: [], skipped: [], failed: [], durationMs: 0,
  };
  const batches: DocumentBatch[] = [];
  let done = 0;
  for (const file of files) {
    const source = toSourcePath(file, base);
    done++;
    if (!isSupportedDocument(file)) {
      report.skipped.push(source);
      continue;
    }
    try {
      const contentHash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      const earlier = previousBatches.get(source);
      if (earlier && earlier.entry.contentHash === contentHash) {
        batches.push(earlier);
        report.unchanged.push(source);
      } else {
        batches.push(await buildBatch({ file, source, contentHash, embedder }));
        (earlier ? report.updated : report.added).push(source);
      }
    } catch (error) {
      report.failed.push({ source, message: describeFailure(error, source) });
    } finally {
      options.onProgress?.({ done, total: files.length, source });
    }
  }
  const kept = new Set(batches.map((batch) => batch.chunks[0]?.source ?? ''));
  report.removed = [...previousBatches.keys()].filter((source) => !kept.has(source) && !report.failed.some((f) => f.source === source));
  writeIndex({ indexDir, embedder, batches });
  report.documents = batches.length;
  report.chunks = batches.reduce((sum, batch) => sum + batch.chunks.length, 0);
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

async function buildBatch(options: { file: string; source: string; contentHash: string; embedder: Embedder }): Promise<DocumentBatch> {
  const { file, source, contentHash, embedder } = options;
  const document = await loadDocument({ filePath: file, source });
  const docId = source.replace(/\.[^./]+$/, '');
  const chunks = chunkDocument({ document: withoutReferenceSections(document), docId });
  if (chunks.length === 0) throw new UnreadableDocumentError({ filePath: source, reason: 'empty' });
  const vectors = await embedder.embedDocuments(chunks.map(embeddingText));
  return { entry: { docId, contentHash, title: document.metadata.title, chunkCount: chunks.length }, chunks, vectors };
}

/** The text a chunk is embedded with: its title and headings give the vector context. */
export function embeddingText(chunk: Chunk): string {
  return [chunk.metadata.title, ...chunk.headingPath, chunk.text].join('\n');
}

function readPreviousBatches(indexDir: string, manifest: IndexManifest): Map<string, DocumentBatch> {
  const batches = new Map<string, DocumentBatch>();
  const files = indexFiles(indexDir);
  if (!fs.existsSync(files.chunks) || !fs.existsSync(files.vectors)) return batches;
  const chunks = readChunks(indexDir);
  const vectors = readVectors(indexDir);
  const d = manifest.embedder.dimensions;
  chunks.forEach((chunk, position) => {
    const entry = manifest.documents[chunk.source];
    if (!entry) return;
    const batch = batches.get(chunk.source) ?? { entry, chunks: [], vectors: [] };
    batch.chunks.push(chunk);
    batch.vectors.push(vectors.subarray(position * d, (position + 1) * d));
    batches.set(chunk.source, batch);
  });
  return batches;
}

function writeIndex(options: { indexDir: string; embedder: Embedder; batches: DocumentBatch[] }): void {
  const { indexDir, embedder, batches } = options;
  const files = indexFiles(indexDir);
  const chunks = batches.flatMap((batch) => batch.chunks);
  const vectorList = batches.flatMap((batch) => batch.vectors);
  const vectors = new Float32Array(chunks.length * embedder.dimensions);
  vectorList.forEach((vector, position) => vectors.set(Array.from(vector), position * embedder.dimensions));
  const documents: Record<string, IndexedDocument> = {};
  for (const batch of batches) {
    const source = batch.chunks[0]?.source;
    if (source) documents[source] = batch.entry;
  }
  const manifest: IndexManifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    embedder: { id: embedder.id, dimensions: embedder.dimensions },
    builtAt: new Date().toISOString(),
    documents,
  };
  fs.mkdirSync(indexDir, { recursive: true });
  writeFileAtomically(files.chunks, JSON.stringify(chunks));
  writeFileAtomically(files.vectors, vectors);
  writeFileAtomically(files.lexical, JSON.stringify(createLexicalRetriever({ chunks }).toJSON()));
  const temporaryHnsw = `${files.hnsw}.${process.pid}.tmp`;
  VectorIndex.build({ dimensions: embedder.dimensions, vectors: vectorList }).write(temporaryHnsw);
  fs.renameSync(temporaryHnsw, files.hnsw);
  writeFileAtomically(files.manifest, JSON.stringify(manifest, null, 2));
}

function toSourcePath(file: string, base: string): string {
  const relative = path.relative(base, file);
  const inside = relative && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : path.resolve(file)).split(path.sep).join('/');
}

function describeFailure(error: unknown, source: string): string {
  if (UserFacingError.isUserFacing(error)) return error.message;
  return `Kan bestand niet verwerken: ${source}`;
}
