import type { Bm25Snapshot } from './bm25-snapshot.ts';
import { groupQueryTerms } from './query-term-groups.ts';
import { ScoreAccumulator } from './score-accumulator.ts';
import type { WeightedTerm } from './weighted-term.ts';

export interface Bm25Options {
  /** Term frequency saturation. Default 1.2. */
  k1?: number;
  /** Length normalisation. Default 0.75. */
  b?: number;
  /** Weight of each field's terms; default `{ heading: 2, body: 1 }`. */
  fieldBoosts?: Readonly<Record<string, number>>;
}

/** A document to index: its analysed terms per field (fields must be in `fieldBoosts`). */
export interface Bm25Document {
  id: string;
  fields: Readonly<Record<string, readonly string[]>>;
}

export interface Bm25Hit {
  id: string;
  score: number;
}

export interface Bm25SearchOptions {
  terms: readonly WeightedTerm[];
  limit: number;
  /** Only documents for which this returns true are ranked. */
  filter?: (id: string) => boolean;
  /**
   * Share of a term group's other matches added to its best match (as in a disjunction-max
   * query), so a document naming several synonyms ranks a little higher. Default 0.2.
   */
  groupTieBreaker?: number;
}

interface Posting {
  docs: number[];
  tfs: number[];
}

const DEFAULT_GROUP_TIE_BREAKER = 0.2;

export const DEFAULT_FIELD_BOOSTS: Readonly<Record<string, number>> = { heading: 2, body: 1 };

/**
 * In-memory Okapi BM25 inverted index. Fields are combined BM25F-style: a term's frequency and
 * the document length are the boost-weighted sums over fields. Search reuses its score buffers,
 * so a query allocates only for the documents it touches.
 */
export class Bm25Index {
  readonly k1: number;
  readonly b: number;
  readonly fieldBoosts: Readonly<Record<string, number>>;
  private readonly ids: (string | undefined)[] = [];
  private readonly lengths: number[] = [];
  private readonly docTerms: (string[] | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly postings = new Map<string, Posting>();
  private totalLength = 0;
  private readonly accumulator = new ScoreAccumulator();
  /** `k1 * (1 - b + b * length / averageLength)` per document; recomputed after changes. */
  private norms: Float64Array | undefined;

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.fieldBoosts = { ...(options.fieldBoosts ?? DEFAULT_FIELD_BOOSTS) };
  }

  get size(): number {
    return this.numbers.size;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Indexes a document, replacing an earlier one with the same id. */
  add(document: Bm25Document): void {
    this.remove(document.id);
    const frequencies = new Map<string, number>();
    let length = 0;
    for (const [field, terms] of Object.entries(document.fields)) {
      const boost = this.fieldBoosts[field];
      if (boost === undefined) throw new Error(`Unknown BM25 field "${field}"; known: ${Object.keys(this.fieldBoosts).join(', ')}`);
      for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + boost);
      length += boost * terms.length;
    }
    this.insert({ id: document.id, length, frequencies });
  }

  /** Removes a document; returns false when it was not indexed. */
  remove(id: string): boolean {
    const doc = this.numbers.get(id);
    if (doc === undefined) return false;
    for (const term of this.docTerms[doc] ?? []) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const at = posting.docs.indexOf(doc);
      if (at < 0) continue;
      const last = posting.docs.length - 1;
      posting.docs[at] = posting.docs[last]!;
      posting.tfs[at] = posting.tfs[last]!;
      posting.docs.pop();
      posting.tfs.pop();
      if (posting.docs.length === 0) this.postings.delete(term);
    }
    this.norms = undefined;
    this.totalLength -= this.lengths[doc] ?? 0;
    this.ids[doc] = undefined;
    this.docTerms[doc] = undefined;
    this.lengths[doc] = 0;
    this.numbers.delete(id);
    return true;
  }

  search(options: Bm25SearchOptions): Bm25Hit[] {
    const { limit, filter } = options;
    if (this.size === 0 || limit <= 0) return [];
    const { accumulator, ids } = this;
    const tieBreaker = options.groupTieBreaker ?? DEFAULT_GROUP_TIE_BREAKER;
    const { summed, alternatives } = groupQueryTerms(options.terms);
    for (const [term, weight] of summed) this.scoreTerm({ term, weight, inGroup: false });
    for (const group of alternatives) {
      for (const [term, weight] of group) this.scoreTerm({ term, weight, inGroup: true });
      accumulator.closeGroup(tieBreaker);
    }
    return accumulator
      .takeTop({
        limit,
        accept: filter ? (doc) => filter(ids[doc]!) : undefined,
        tieBreak: (a, b) => compareStrings(ids[a]!, ids[b]!),
      })
      .map(({ doc, score }) => ({ id: ids[doc]!, score }));
  }

  /** Adds the BM25 score of `term` (times `weight`) of every document containing it to the accumulator. */
  private scoreTerm(options: { term: string; weight: number; inGroup: boolean }): void {
    const posting = this.postings.get(options.term);
    if (!posting) return;
    const { accumulator } = this;
    const norms = this.lengthNorms();
    const df = posting.docs.length;
    const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
    const termWeight = options.weight * idf * (this.k1 + 1);
    const { docs, tfs } = posting;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const tf = tfs[i]!;
      const score = (termWeight * tf) / (tf + norms[doc]!);
      if (options.inGroup) accumulator.addToGroup(doc, score);
      else accumulator.add(doc, score);
    }
  }

  /** In how many documents a term occurs (0 for an unknown term). */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** Every indexed term. */
  vocabulary(): string[] {
    return [...this.postings.keys()];
  }

  /** A compact, deterministic snapshot; removed documents are left out. */
  toJSON(): Bm25Snapshot {
    const renumbered = new Map<number, number>();
    const ids: string[] = [];
    const lengths: number[] = [];
    this.ids.forEach((id, doc) => {
      if (id === undefined) return;
      renumbered.set(doc, ids.length);
      ids.push(id);
      lengths.push(this.lengths[doc]!);
    });
    const postings: Bm25Snapshot['postings'] = [...this.postings.keys()].sort(compareStrings).map((term) => {
      const posting = this.postings.get(term)!;
      const pairs = posting.docs.map((doc, i) => [renumbered.get(doc)!, posting.tfs[i]!] as const).sort((x, y) => x[0] - y[0]);
      return [term, pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1])];
    });
    return { version: 1, k1: this.k1, b: this.b, fieldBoosts: { ...this.fieldBoosts }, ids, lengths, postings };
  }

  static fromJSON(snapshot: Bm25Snapshot): Bm25Index {
    const index = new Bm25Index(snapshot);
    const frequencies = snapshot.ids.map(() => new Map<string, number>());
    for (const [term, docs, tfs] of snapshot.postings) {
      if (docs.length !== tfs.length) throw new Error(`BM25 snapshot: posting of "${term}" has ${docs.length} documents but ${tfs.length} frequencies`);
      docs.forEach((doc, i) => {
        const documentFrequencies = frequencies[doc];
        if (!documentFrequencies) throw new Error(`BM25 snapshot: posting of "${term}" names unknown document ${doc}`);
        documentFrequencies.set(term, tfs[i]!);
      });
    }
    snapshot.ids.forEach((id, doc) => index.insert({ id, length: snapshot.lengths[doc] ?? 0, frequencies: frequencies[doc]! }));
    return index;
  }

  private lengthNorms(): Float64Array {
    if (this.norms) return this.norms;
    const averageLength = this.totalLength / this.size || 1;
    const norms = new Float64Array(this.ids.length);
    for (let doc = 0; doc < norms.length; doc++) {
      norms[doc] = this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / averageLength);
    }
    return (this.norms = norms);
  }

  private insert(options: { id: string; length: number; frequencies: Map<string, number> }): void {
    this.norms = undefined;
    const doc = this.ids.length;
    this.ids.push(options.id);
    this.lengths.push(options.length);
    this.docTerms.push([...options.frequencies.keys()]);
    this.numbers.set(options.id, doc);
    this.totalLength += options.length;
    for (const [term, tf] of options.frequencies) {
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = { docs: [], tfs: [] }));
      posting.docs.push(doc);
      posting.tfs.push(tf);
    }
    this.accumulator.ensureCapacity(this.ids.length);
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
