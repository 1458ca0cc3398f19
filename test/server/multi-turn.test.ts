import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsAgent } from '../../src/channels/teams/create-teams-agent.ts';
import type { Stelselwijzer } from '../../src/composition-root.ts';
import { createHttpServer, listen } from '../../src/server/create-http-server.ts';
import { startCbsTestServer, type CbsTestServer } from '../data/cbs/support/cbs-test-server.ts';
import { messageActivity, messagesOf, postActivity } from '../support/activities.ts';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';

/** Follow-ups keep their context per conversation: "en in Den Haag?", "hoe zit dat per 1.000 inwoners?", "reset". */
describe('multi-turn conversation over /api/messages', () => {
  let server: http.Server;
  let baseUrl: string;
  let cbs: CbsTestServer;
  let stelselwijzer: Stelselwijzer & { cleanup: () => void };
  const saved = { ...process.env };

  beforeAll(async () => {
    cbs = await startCbsTestServer();
    process.env.CBS_ODATA_V4_URL = cbs.v4BaseUrl;
    process.env.CBS_ODATA_V3_URL = cbs.v3BaseUrl;
    stelselwijzer = await createTestStelselwijzer();
    const logger = pino({ level: 'silent' });
    const agent = createTeamsAgent({ assistant: stelselwijzer.assistant, feedback: stelselwijzer.feedback, logger });
    server = await listen(createHttpServer({ agent, authConfig: {}, logger }), 0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    process.env = saved;
    server?.close();
    stelselwijzer?.close();
    stelselwijzer?.cleanup();
    await cbs?.close();
  });

  const say = async (text: string, conversationId = 'multi-1') => {
    const [reply] = messagesOf((await postActivity(baseUrl, messageActivity(text, { conversation: { id: conversationId, conversationType: 'personal' } }))).body);
    return reply?.text ?? '';
  };

  it('reads "en in Den Haag?" and "hoe zit dat per 1.000 inwoners?" against the previous question', async () => {
    const first = await say('Hoeveel inwoners had Utrecht op 1 januari 2023?');
    expect(first).toContain('367.947');
    const second = await say('en in Den Haag?');
    expect(second).toMatch(/Ik begrijp uw vraag als: Hoeveel inwoners had Den Haag op 1 januari 2023/);
    expect(second).toContain('562.839');
    const other = await say('en in Den Haag?', 'another-conversation');
    expect(other).not.toContain('562.839');
  });

  it('adds the rate to the previous question on "hoe zit dat per 1.000 inwoners?"', async () => {
    await say('Hoeveel jongeren in Utrecht hadden jeugdhulp met verblijf in 2023?', 'rate-1');
    await say('en in Den Haag?', 'rate-1');
    const third = await say('hoe zit dat per 1.000 inwoners?', 'rate-1');
    expect(third).toMatch(/Ik begrijp uw vraag als: Hoeveel jongeren in Den Haag hadden jeugdhulp met verblijf in 2023, per 1\.000 inwoners/);
    expect(third).toMatch(/per 1\.000 inwoners/);
    expect(third).toMatch(/CBS|StatLine/);
  });

  it('forgets the conversation on "reset"', async () => {
    expect(await say('reset')).toMatch(/begin opnieuw/i);
    expect(await say('en in Den Haag?')).not.toMatch(/Ik begrijp uw vraag als/);
  });
});
