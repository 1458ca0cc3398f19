import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCbsClient, type CbsClient, type CbsClientOptions } from '../../../../src/sources/cbs/cbs-client.ts';
import type { CbsTestServer } from './cbs-test-server.ts';

/** A client pointed at the local test server, with a fresh cache directory and no real waiting between retries. */
export function createTestClient(
  server: CbsTestServer,
  overrides: Partial<CbsClientOptions> = {},
): { client: CbsClient; cacheDir: string } {
  const cacheDir = overrides.cacheDir ?? mkdtempSync(join(tmpdir(), 'cbs-cache-'));
  const client = createCbsClient({
    v4BaseUrl: server.v4BaseUrl,
    v3BaseUrl: server.v3BaseUrl,
    cacheDir,
    timeoutMs: 2_000,
    retries: 2,
    sleep: async () => undefined,
    now: () => new Date('2026-11-20T10:00:00Z'),
    ...overrides,
  });
  return { client, cacheDir };
}
