import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCbsTestServer, type CbsTestServer } from '../../sources/cbs/support/cbs-test-server.ts';
import { messageActivity, messagesOf, postActivity } from '../../support/activities.ts';
import { startTestBot, type TestBot } from '../../support/test-bot.ts';

/** Follow-ups keep their context per conversation: "en in Den Haag?", "hoe zit dat per 1.000 inwoners?", "reset". */
describe('multi-turn conversation over /api/messages', () => {
  let bot: TestBot;
  let baseUrl: string;
  let cbs: CbsTestServer;
  const saved = { ...process.env };

  beforeAll(async () => {
    cbs = await startCbsTestServer();
    process.env.CBS_ODATA_V4_URL = cbs.v4BaseUrl;
    process.env.CBS_ODATA_V3_URL = cbs.v3BaseUrl;
    bot = await startTestBot();
    baseUrl = bot.baseUrl;
  });
  afterAll(async () => {
    process.env = saved;
    bot?.close();
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
