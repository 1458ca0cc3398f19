import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataAnswerer } from '../../../../src/answering/data/answer-data-question.ts';
import { openAssistantTools } from '../../../../src/answering/data/tools/open-assistant-tools.ts';
import { startCbsTestServer, type CbsTestServer } from '../../../sources/cbs/support/cbs-test-server.ts';

let server: CbsTestServer;
beforeAll(async () => {
  server = await startCbsTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('openAssistantTools', () => {
  it('wires CBS (from the env URLs, cached under dataDir), the catalogue and the sample registration', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'open-tools-'));
    const today = () => new Date('2026-11-23T12:00:00Z');
    const opened = openAssistantTools({ dataDir, cbs: { v4BaseUrl: server.v4BaseUrl, v3BaseUrl: server.v3BaseUrl }, today });
    try {
      expect(opened.registrationIsSample).toBe(true);
      const answerer = createDataAnswerer({ tools: opened.tools, catalogue: opened.catalogue, today });
      const answer = await answerer.answer({ question: 'Hoeveel inwoners had Utrecht op 1 januari 2023?', language: 'nl' });
      expect(answer?.answer).toContain('**367.947**');
      expect(existsSync(join(dataDir, 'cbs-cache'))).toBe(true);
      expect(existsSync(join(dataDir, 'registrations.sqlite'))).toBe(true);
    } finally {
      opened.close();
    }
  });
});
