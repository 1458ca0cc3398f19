import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../../src/app/config/app-config.ts';
import { startCbsTestServer, type CbsTestServer } from '../../sources/cbs/support/cbs-test-server.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const run = promisify(execFile);
const BIN = path.join(PROJECT_DIR, 'bin', 'stelselwijzer.js');

/** The data questions through the real CLI, with CBS served from recorded real responses on localhost. */
describe('cli ask: data questions', () => {
  const temp = makeTempDir();
  let cbs: CbsTestServer;
  let env: NodeJS.ProcessEnv;
  const ask = async (question: string) => JSON.parse((await run(process.execPath, [BIN, 'ask', '--json', question], { cwd: PROJECT_DIR, env })).stdout);

  beforeAll(async () => {
    cbs = await startCbsTestServer();
    env = { ...process.env, DATA_DIR: temp.dir, LOG_LEVEL: 'silent', CBS_ODATA_V4_URL: cbs.v4BaseUrl, CBS_ODATA_V3_URL: cbs.v3BaseUrl };
  });
  afterAll(async () => {
    await cbs?.close();
    temp.cleanup();
  });

  it('"Hoeveel inwoners had Utrecht op 1 januari 2023?" answers 367.947 with the CBS citation', async () => {
    const answer = await ask('Hoeveel inwoners had Utrecht op 1 januari 2023?');
    expect(answer.intent).toBe('data');
    expect(answer.answer).toContain('367.947');
    expect(answer.citations[0].title).toMatch(/CBS StatLine 03759ned/);
    expect(answer.toolCalls[0].name).toBe('query_indicator');
  }, 60_000);

  it('"Hoeveel residentiële plaatsingen hadden we dit jaar?" answers from the sample registration, saying so', async () => {
    const answer = await ask('Hoeveel residentiële plaatsingen hadden we dit jaar?');
    expect(answer.toolCalls[0].name).toBe('query_registrations');
    expect(answer.answer).toMatch(/voorbeelddata/);
    expect(answer.answer).toMatch(/Definitie/);
  }, 60_000);

  it('the budget question runs the calculator and shows the calculation', async () => {
    const answer = await ask('Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven — wanneer is het op?');
    expect(answer.intent).toBe('calculation');
    expect(answer.answer).toMatch(/november/);
    expect(answer.answer).toContain('€ 13.600.000');
    expect(answer.figures.length).toBeGreaterThan(0);
  }, 60_000);
});
