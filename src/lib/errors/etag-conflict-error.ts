/**
 * A write carried an `eTag` that is no longer the stored one: another instance (or turn) changed
 * or deleted the item since it was read. The caller should read again and retry, or give up.
 * Internal, so a plain Error: the conversation memory reads again and retries, and when the item
 * keeps changing it logs that and answers without saving; no user sees it.
 */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
  readonly key: string;

  constructor(options: { key: string; cause?: unknown }) {
    super(`Storage: het item '${options.key}' is intussen gewijzigd / eTag conflict for key '${options.key}'`, { cause: options.cause });
    this.key = options.key;
  }

  static isInstance(error: unknown): error is ETagConflictError {
    return error instanceof Error && error.name === 'ETagConflictError';
  }
}
