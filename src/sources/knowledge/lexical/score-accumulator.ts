import { topScored } from './top-scored.ts';

/**
 * Reusable per-query score buffers indexed by document number, so a search allocates only for
 * the documents it touches. Scores of a term group are collected apart and folded in by
 * `closeGroup` as best match plus a tie-breaker share of the other matches.
 */
export class ScoreAccumulator {
  private scores = new Float64Array(0);
  private groupBest = new Float64Array(0);
  private groupSum = new Float64Array(0);
  private readonly touched: number[] = [];
  private readonly groupTouched: number[] = [];

  /** Makes room for document numbers below `documentCount`; call only between queries. */
  ensureCapacity(documentCount: number): void {
    if (this.scores.length >= documentCount) return;
    const capacity = Math.max(64, this.scores.length * 2, documentCount);
    this.scores = new Float64Array(capacity);
    this.groupBest = new Float64Array(capacity);
    this.groupSum = new Float64Array(capacity);
  }

  add(doc: number, score: number): void {
    if (this.scores[doc] === 0) this.touched.push(doc);
    this.scores[doc]! += score;
  }

  addToGroup(doc: number, score: number): void {
    if (this.groupSum[doc] === 0) this.groupTouched.push(doc);
    this.groupSum[doc]! += score;
    if (score > this.groupBest[doc]!) this.groupBest[doc] = score;
  }

  closeGroup(tieBreaker: number): void {
    for (const doc of this.groupTouched) {
      const best = this.groupBest[doc]!;
      this.add(doc, best + tieBreaker * (this.groupSum[doc]! - best));
      this.groupBest[doc] = 0;
      this.groupSum[doc] = 0;
    }
    this.groupTouched.length = 0;
  }

  /** The best accepted documents, best first, then clears all scores for the next query. */
  takeTop(options: { limit: number; accept?: (doc: number) => boolean; tieBreak: (a: number, b: number) => number }): { doc: number; score: number }[] {
    try {
      const top = topScored({ candidates: this.touched, scores: this.scores, ...options });
      return top.map((doc) => ({ doc, score: this.scores[doc]! }));
    } finally {
      for (const doc of this.touched) this.scores[doc] = 0;
      this.touched.length = 0;
    }
  }
}
