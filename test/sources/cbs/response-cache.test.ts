import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJsonSource } from '../../../src/sources/cbs/cached-json-source.ts';
import { createResponseCache } from '../../../src/sources/cbs/response-cache.ts';

describe('response cache', () => {
  it('stores a response per URL with its retrieval time', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cbs-cache-'));
    const cache = createResponseCache({ cacheDir });
    await cache.write({ url: 'http://x/a', retrievedAt: '2026-11-20T10:00:00.000Z', body: { value: [1] } });
    expect(await cache.read('http://x/a')).toEqual({ url: 'http://x/a', retrievedAt: '2026-11-20T10:00:00.000Z', body: { value: [1] } });
    expect(await cache.read('http://x/b')).toBeNull();
  });

  it('treats a damaged cache file as absent', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cbs-cache-'));
    const cache = createResponseCache({ cacheDir });
    await cache.write({ url: 'http://x/a', retrievedAt: '2026-11-20T10:00:00.000Z', body: {} });
    const [file] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, file ?? ''), '{not json');
    expect(await cache.read('http://x/a')).toBeNull();
  });

  it('freshForMs: a recent cached response is served without asking CBS', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cbs-cache-'));
    const cache = createResponseCache({ cacheDir });
    await cache.write({ url: 'http://x/a', retrievedAt: '2026-11-20T10:00:00.000Z', body: { cached: true } });
    let calls = 0;
    const source = createJsonSource({
      cache,
      fetch: (async () => {
        calls += 1;
        return new Response('{}');
      }) as typeof fetch,
      timeoutMs: 1_000,
      retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 },
      now: () => new Date('2026-11-20T11:00:00Z'),
      sleep: async () => undefined,
      random: () => 0,
      freshForMs: 6 * 3_600_000,
    });
    expect(await source.get('http://x/a')).toEqual({ body: { cached: true }, retrievedAt: '2026-11-20', fromCache: true });
    expect(calls).toBe(0);
  });
});
