import { describe, expect, it } from 'vitest';
import { CbsRequestError } from '../../../src/sources/cbs/cbs-request-error.ts';
import { fetchJsonWithRetry } from '../../../src/sources/cbs/fetch-json-with-retry.ts';

function scriptedFetch(responses: Array<Response | Error>) {
  const calls: string[] = [];
  const fetchDouble = (async (input: string | URL | Request) => {
    calls.push(String(input));
    const next = responses.shift();
    if (next === undefined) throw new Error('no scripted response left');
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return { fetchDouble, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function run(responses: Array<Response | Error>, retries = 3) {
  const { fetchDouble, calls } = scriptedFetch(responses);
  const delays: number[] = [];
  const promise = fetchJsonWithRetry({
    url: 'http://cbs.test/T/Properties',
    fetch: fetchDouble,
    timeoutMs: 1_000,
    retry: { retries, baseDelayMs: 100, maxDelayMs: 1_000 },
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 1,
  });
  return { promise, calls, delays };
}

describe('fetchJsonWithRetry', () => {
  it('retries 429, 5xx and network errors with exponential backoff, then succeeds', async () => {
    const { promise, calls, delays } = run([json({}, 429), json({}, 502), new TypeError('fetch failed'), json({ ok: 1 })]);
    await expect(promise).resolves.toEqual({ ok: 1 });
    expect(calls).toHaveLength(4);
    expect(delays).toEqual([100, 200, 400]);
  });

  it('honours Retry-After but never waits longer than the maximum delay', async () => {
    const { promise, delays } = run([json({}, 429, { 'retry-after': '30' }), json({ ok: 1 })]);
    await promise;
    expect(delays).toEqual([1_000]);
  });

  it('stops after the configured number of retries', async () => {
    const { promise, calls } = run([json({}, 503), json({}, 503), json({}, 503)], 2);
    const error = await promise.catch((caught: unknown) => caught);
    expect(CbsRequestError.isInstance(error) && error.status).toBe(503);
    expect(calls).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const { promise, calls } = run([json({}, 404), json({ ok: 1 })]);
    const error = await promise.catch((caught: unknown) => caught);
    expect(CbsRequestError.isInstance(error) && error.isNotFound).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('a body that is not JSON is a bad response, not retried', async () => {
    const { promise, calls } = run([new Response('<html>', { status: 200 })]);
    const error = await promise.catch((caught: unknown) => caught);
    expect(CbsRequestError.isInstance(error) && error.reason).toBe('bad-json');
    expect(calls).toHaveLength(1);
  });
});
