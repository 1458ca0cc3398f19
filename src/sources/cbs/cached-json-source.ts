import { CbsRequestError } from './cbs-request-error.ts';
import { fetchJsonWithRetry, type RetryPolicy } from './fetch-json-with-retry.ts';
import type { ResponseCache } from './response-cache.ts';

export interface JsonResponse {
  body: unknown;
  /** Date (YYYY-MM-DD) CBS delivered this body. */
  retrievedAt: string;
  fromCache: boolean;
}

export interface JsonSource {
  get(url: string): Promise<JsonResponse>;
}

export interface JsonSourceOptions {
  cache: ResponseCache;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Serve cached responses younger than this without asking CBS (0 = always ask). */
  freshForMs: number;
}

/**
 * Live first, cache as the safety net: a fresh response is stored with its retrieval date;
 * when CBS is unreachable the stored response is returned with `fromCache: true`.
 */
export function createJsonSource(options: JsonSourceOptions): JsonSource {
  return {
    async get(url) {
      if (options.freshForMs > 0) {
        const cached = await options.cache.read(url);
        if (cached && options.now().getTime() - Date.parse(cached.retrievedAt) < options.freshForMs) {
          return { body: cached.body, retrievedAt: toDate(cached.retrievedAt), fromCache: true };
        }
      }
      try {
        const body = await fetchJsonWithRetry({ url, ...options });
        const retrievedAt = options.now().toISOString();
        await options.cache.write({ url, retrievedAt, body }).catch(() => undefined);
        return { body, retrievedAt: toDate(retrievedAt), fromCache: false };
      } catch (error) {
        if (!CbsRequestError.isInstance(error) || !error.isUnreachable) throw error;
        const cached = await options.cache.read(url);
        if (!cached) throw error;
        return { body: cached.body, retrievedAt: toDate(cached.retrievedAt), fromCache: true };
      }
    },
  };
}

function toDate(isoTimestamp: string): string {
  return isoTimestamp.slice(0, 10);
}

/** Combines the provenance of several responses: the oldest date, and "from cache" if any was. */
export function combineProvenance(responses: Array<{ retrievedAt: string; fromCache: boolean }>): { retrievedAt: string; fromCache: boolean } {
  const dates = responses.map((response) => response.retrievedAt).sort();
  return {
    retrievedAt: dates[0] ?? '',
    fromCache: responses.some((response) => response.fromCache),
  };
}
