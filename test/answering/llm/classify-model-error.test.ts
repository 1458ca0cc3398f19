import { describe, expect, it } from 'vitest';
import { classifyModelError } from '../../../src/answering/llm/classify-model-error.ts';

const httpError = (status: number, headers: Record<string, string> = {}) => Object.assign(new Error(`${status}`), { status, headers: new Headers(headers) });

describe('classifyModelError', () => {
  it('reads retry-after in seconds, as an HTTP date and as retry-after-ms', () => {
    expect(classifyModelError(httpError(429, { 'retry-after': '2' }))).toMatchObject({ kind: 'rate-limited', retryable: true, retryAfterMs: 2000 });
    const date = new Date(Date.now() + 5_000).toUTCString();
    expect(classifyModelError(httpError(429, { 'retry-after': date })).retryAfterMs).toBeGreaterThan(3_000);
    expect(classifyModelError(httpError(429, { 'retry-after-ms': '150' })).retryAfterMs).toBe(150);
    expect(classifyModelError(httpError(429)).retryAfterMs).toBeUndefined();
  });

  it('retries server errors, timeouts and network errors, not client errors or bad responses', () => {
    expect(classifyModelError(httpError(502))).toMatchObject({ kind: 'server-error', retryable: true });
    expect(classifyModelError(Object.assign(new Error('Request timed out.'), { name: 'TimeoutError' }))).toMatchObject({ kind: 'timeout', retryable: true });
    expect(classifyModelError(Object.assign(new Error('Connection error.'), { cause: { code: 'ECONNREFUSED' } }))).toMatchObject({ kind: 'network', retryable: true });
    expect(classifyModelError(httpError(400))).toMatchObject({ kind: 'client-error', retryable: false });
    expect(classifyModelError(new SyntaxError('Unexpected token'))).toMatchObject({ kind: 'invalid-response', retryable: false });
  });
});
