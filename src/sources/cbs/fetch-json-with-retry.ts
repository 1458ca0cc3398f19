import { CbsRequestError } from './cbs-request-error.ts';

export interface RetryPolicy {
  /** Extra attempts after the first one. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface FetchJsonOptions {
  url: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

/**
 * GETs a JSON document. Retries with exponential backoff and jitter on 429, 5xx,
 * network errors and timeouts; fails at once on other statuses (404 means "not here").
 */
export async function fetchJsonWithRetry(options: FetchJsonOptions): Promise<unknown> {
  let lastError: CbsRequestError | undefined;
  for (let attempt = 0; attempt <= options.retry.retries; attempt += 1) {
    try {
      return await fetchOnce(options);
    } catch (error) {
      const requestError = toRequestError(error, options.url);
      if (!requestError.isUnreachable) throw requestError;
      lastError = requestError;
      if (attempt < options.retry.retries) {
        await options.sleep(backoffDelay(options, attempt, retryAfterMs(error)));
      }
    }
  }
  throw lastError ?? new CbsRequestError({ reason: 'network', url: options.url, message: 'no attempt made' });
}

async function fetchOnce(options: FetchJsonOptions): Promise<unknown> {
  const response = await options.fetch(options.url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new HttpStatusError(response.status, response.headers.get('retry-after'));
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new CbsRequestError({ reason: 'bad-json', url: options.url, message: 'response is not JSON', cause });
  }
}

/**
 * Internal marker so the status and Retry-After survive until classification; a plain Error that
 * never leaves this file (it becomes a CbsRequestError).
 */
class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  constructor(
    readonly status: number,
    readonly retryAfter: string | null,
  ) {
    super(`HTTP ${status}`);
  }
}

function toRequestError(error: unknown, url: string): CbsRequestError {
  if (CbsRequestError.isInstance(error)) return error;
  if (error instanceof HttpStatusError) {
    return new CbsRequestError({ reason: 'http', url, status: error.status, message: `HTTP ${error.status}` });
  }
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new CbsRequestError({ reason: 'timeout', url, message: 'request timed out', cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CbsRequestError({ reason: 'network', url, message: `network error: ${message}`, cause: error });
}

function retryAfterMs(error: unknown): number | null {
  if (!(error instanceof HttpStatusError) || error.retryAfter === null) return null;
  const seconds = Number(error.retryAfter);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

function backoffDelay(options: FetchJsonOptions, attempt: number, retryAfter: number | null): number {
  const exponential = options.retry.baseDelayMs * 2 ** attempt;
  const jittered = exponential * (0.5 + options.random() * 0.5);
  const wanted = retryAfter === null ? jittered : Math.max(jittered, retryAfter);
  return Math.min(wanted, options.retry.maxDelayMs);
}
