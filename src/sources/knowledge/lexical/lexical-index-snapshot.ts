import { z } from 'zod';
import { bm25SnapshotSchema } from './bm25-snapshot.ts';

/**
 * Identifies the text analysis that produced a snapshot's terms. Change it whenever analysis
 * output changes (tokenizer, stop words, stemming, compound splitting), so old indexes are rebuilt.
 */
export const LEXICAL_ANALYZER_VERSION = 'nl-snowball-compounds-english-fillers-7';

/** Persisted form of a lexical retriever: compound lexicon plus BM25 index. */
export const lexicalIndexSnapshotSchema = z.object({
  version: z.literal(1),
  analyzer: z.string(),
  /** Corpus words (folded, unstemmed) used for compound splitting. */
  lexicon: z.array(z.string()),
  bm25: bm25SnapshotSchema,
});

export type LexicalIndexSnapshot = z.infer<typeof lexicalIndexSnapshotSchema>;

/**
 * A lexical index snapshot that cannot be used; rebuild the index (ingest again). Internal, so a
 * plain Error: the knowledge index turns it into IndexOutdatedError, which tells the user what to run.
 */
export class LexicalSnapshotError extends Error {
  override readonly name = 'LexicalSnapshotError';
  constructor(
    message: string,
    readonly reason: 'invalid' | 'analyzer-mismatch',
  ) {
    super(message);
  }

  static isInstance(error: unknown): error is LexicalSnapshotError {
    return error instanceof Error && error.name === 'LexicalSnapshotError';
  }
}

/** Validates untrusted JSON (e.g. read from disk) as a snapshot of the current analyser. */
export function parseLexicalIndexSnapshot(json: unknown): LexicalIndexSnapshot {
  const parsed = lexicalIndexSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    throw new LexicalSnapshotError(`Invalid lexical index snapshot: ${z.prettifyError(parsed.error)}`, 'invalid');
  }
  if (parsed.data.analyzer !== LEXICAL_ANALYZER_VERSION) {
    throw new LexicalSnapshotError(
      `Lexical index was built with analyzer "${parsed.data.analyzer}", this version uses "${LEXICAL_ANALYZER_VERSION}"; rebuild the index`,
      'analyzer-mismatch',
    );
  }
  return parsed.data;
}
