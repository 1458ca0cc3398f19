export type CbsRequestFailure = 'http' | 'network' | 'timeout' | 'bad-json';

/**
 * One HTTP request to CBS failed (after retries). Internal, so a plain Error with a technical
 * message: the JSON source falls back to its cache and the client turns it into CbsUnavailableError.
 */
export class CbsRequestError extends Error {
  override readonly name = 'CbsRequestError';
  readonly reason: CbsRequestFailure;
  readonly url: string;
  readonly status: number | null;

  constructor(options: { reason: CbsRequestFailure; url: string; status?: number; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.reason = options.reason;
    this.url = options.url;
    this.status = options.status ?? null;
  }

  /** Network trouble, a timeout, rate limiting or a server error: worth a retry, a fallback or the cache. */
  get isUnreachable(): boolean {
    switch (this.reason) {
      case 'network':
      case 'timeout':
        return true;
      case 'http':
        return this.status === 429 || (this.status !== null && this.status >= 500);
      case 'bad-json':
        return false;
    }
  }

  get isNotFound(): boolean {
    return this.reason === 'http' && this.status === 404;
  }

  static isInstance(error: unknown): error is CbsRequestError {
    return error instanceof Error && error.name === 'CbsRequestError';
  }
}
