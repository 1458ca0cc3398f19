import fs from 'node:fs';
import path from 'node:path';
import type { Chunk } from '../document.ts';
import { INDEX_FORMAT_VERSION, type IndexManifest } from './index-manifest.ts';

/** The files of an index directory. */
export function indexFiles(indexDir: string) {
  return {
    manifest: path.join(indexDir, 'manifest.json'),
    chunks: path.join(indexDir, 'chunks.json'),
    vectors: path.join(indexDir, 'vectors.f32'),
    hnsw: path.join(indexDir, 'hnsw.bin'),
    lexical: path.join(indexDir, 'lexical.json'),
  };
}

export function indexExists(indexDir: string): boolean {
  return fs.existsSync(indexFiles(indexDir).manifest);
}

export function readManifest(indexDir: string): IndexManifest | undefined {
  const file = indexFiles(indexDir).manifest;
  if (!fs.existsSync(file)) return undefined;
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as IndexManifest;
  return manifest.formatVersion === INDEX_FORMAT_VERSION ? manifest : undefined;
}

export function readChunks(indexDir: string): Chunk[] {
  return JSON.parse(fs.readFileSync(indexFiles(indexDir).chunks, 'utf8')) as Chunk[];
}

export function readVectors(indexDir: string): Float32Array {
  const buffer = fs.readFileSync(indexFiles(indexDir).vectors);
  return new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / Float32Array.BYTES_PER_ELEMENT);
}

/** Writes a file next to its final name and renames it, so a reader never sees half a file. */
export function writeFileAtomically(file: string, data: string | NodeJS.ArrayBufferView): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}
