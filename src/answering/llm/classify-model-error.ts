/** What went wrong in one model request, and whether trying again may help. */
export interface ModelFailure {
  kind: 'timeout' | 'rate-limited' | 'server-error' | 'network' | 'invalid-response' | 'client-error';
  retryable: boolean;
  /** From `retry-after-ms` or `retry-after` (seconds or an HTTP date), when the server sent one. */
  retryAfterMs?: number;
  message: string;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET']);

/**
 * Reads an error thrown by a LangChain chat model (and the OpenAI SDK under it): timeouts and
 * aborts, HTTP statuses (429 with retry-after, 408, 5xx), network errors; anything else is an
 * unusable response (no choices, invalid JSON) and is not retried.
 */
export function classifyModelError(error: unknown): ModelFailure {
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : '';
  const status = statusOf(error);
  if (name === 'TimeoutError' || name === 'AbortError' || (status === undefined && /timed? ?out|aborted/i.test(message))) {
    return { kind: 'timeout', retryable: true, message };
  }
  if (status === 429) {
    const retryAfterMs = retryAfterOf(error);
    return { kind: 'rate-limited', retryable: true, message, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (status === 408) return { kind: 'timeout', retryable: true, message };
  if (status !== undefined && status >= 500) return { kind: 'server-error', retryable: true, message };
  if (status !== undefined && status >= 400) return { kind: 'client-error', retryable: false, message };
  if (name === 'APIConnectionError' || isNetworkError(error)) return { kind: 'network', retryable: true, message };
  return { kind: 'invalid-response', retryable: false, message };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function isNetworkError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (current instanceof Error && /connection error|fetch failed|socket hang up/i.test(current.message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function retryAfterOf(error: unknown): number | undefined {
  const headers = (error as { headers?: unknown }).headers;
  const header = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  };
  const ms = Number(header('retry-after-ms'));
  if (header('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const after = header('retry-after');
  if (!after) return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
