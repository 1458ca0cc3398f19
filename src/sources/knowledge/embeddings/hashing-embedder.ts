import { DUTCH_STOPWORDS, ENGLISH_STOPWORDS } from '../lexical/index.ts';
import type { Embedder } from './embedder.ts';

const DEFAULT_DIMENSIONS = 512;

/**
 * The default embedder: needs no model download. It hashes folded words (stop words skipped) and their character
 * 4-grams into a fixed number of signed buckets (feature hashing) and L2-normalises the result.
 * Character n-grams make it robust to Dutch inflection, compounds and typos, which complements
 * the exact-term BM25 side of hybrid retrieval.
 */
export function createHashingEmbedder(options: { dimensions?: number } = {}): Embedder {
  const dimensions = options.dimensions ?? DEFAULT_DIMENSIONS;
  const embed = (text: string): number[] => hashText(text, dimensions);
  return {
    id: `hashing-v2-${dimensions}`,
    dimensions,
    multilingual: false,
    embedDocuments: async (texts) => texts.map(embed),
    embedQuery: async (text) => embed(text),
  };
}

function hashText(text: string, dimensions: number): number[] {
  const vector = new Float64Array(dimensions);
  const words = foldForHashing(text).match(/[a-z0-9]+/g) ?? [];
  for (const word of words) {
    if (word.length < 2 || DUTCH_STOPWORDS.has(word) || ENGLISH_STOPWORDS.has(word)) continue;
    addFeature(vector, `w:${word}`, 1);
    const padded = ` ${word} `;
    for (let i = 0; i + 4 <= padded.length; i++) addFeature(vector, padded.slice(i, i + 4), 0.5);
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  return Array.from(vector, (value) => value / norm);
}

function addFeature(vector: Float64Array, feature: string, weight: number): void {
  const hash = fnv1a(feature);
  const bucket = hash % vector.length;
  const sign = (hash >>> 31) === 0 ? 1 : -1;
  vector[bucket] = (vector[bucket] ?? 0) + sign * weight;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function foldForHashing(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
