import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

export interface VectorHit {
  /** Position of the chunk in the index's chunk list. */
  position: number;
  /** Cosine similarity in [-1, 1]. */
  similarity: number;
}

/**
 * Approximate nearest-neighbour search over chunk vectors with hnswlib (cosine space).
 * Labels are chunk positions, so the index is rebuilt whenever the chunk list changes;
 * vectors themselves are kept by the caller so unchanged documents are never re-embedded.
 */
export class VectorIndex {
  private constructor(
    private readonly hnsw: InstanceType<typeof HierarchicalNSW>,
    readonly size: number,
  ) {}

  static build(options: { dimensions: number; vectors: ArrayLike<number>[] }): VectorIndex {
    const { dimensions, vectors } = options;
    const hnsw = new HierarchicalNSW('cosine', dimensions);
    hnsw.initIndex(Math.max(1, vectors.length), 16, 200, 42);
    vectors.forEach((vector, position) => hnsw.addPoint(Array.from(vector), position));
    hnsw.setEf(Math.max(64, Math.min(200, vectors.length)));
    return new VectorIndex(hnsw, vectors.length);
  }

  static read(options: { dimensions: number; file: string; size: number }): VectorIndex {
    const hnsw = new HierarchicalNSW('cosine', options.dimensions);
    hnsw.readIndexSync(options.file, false);
    hnsw.setEf(Math.max(64, Math.min(200, options.size)));
    return new VectorIndex(hnsw, options.size);
  }

  write(file: string): void {
    this.hnsw.writeIndexSync(file);
  }

  search(options: { vector: number[]; limit: number }): VectorHit[] {
    if (this.size === 0) return [];
    const k = Math.min(options.limit, this.size);
    const result = this.hnsw.searchKnn(options.vector, k);
    return result.neighbors.map((position, i) => ({ position, similarity: 1 - (result.distances[i] ?? 1) }));
  }
}
