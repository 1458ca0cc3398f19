import { z } from 'zod';

/** Persisted form of a `Bm25Index`: document numbers are positions in `ids`. */
export const bm25SnapshotSchema = z.object({
  version: z.literal(1),
  k1: z.number().positive(),
  b: z.number().min(0).max(1),
  fieldBoosts: z.record(z.string(), z.number().positive()),
  ids: z.array(z.string()),
  /** Boost-weighted length of each document. */
  lengths: z.array(z.number().nonnegative()),
  /** `[term, document numbers, boost-weighted term frequencies]`. */
  postings: z.array(z.tuple([z.string(), z.array(z.number().int().nonnegative()), z.array(z.number().positive())])),
});

export type Bm25Snapshot = z.infer<typeof bm25SnapshotSchema>;
