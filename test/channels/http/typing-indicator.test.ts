import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity, type ReplyActivity } from '../../support/activities.ts';
import { startFakeConnector } from '../../support/fake-connector.ts';
import { startTestBot, type TestBot } from '../../support/test-bot.ts';

describe('typing indicator outside personal chat', () => {
  let bot: TestBot;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;

  beforeAll(async () => {
    bot = await startTestBot();
    connector = await startFakeConnector();
  });

  afterAll(async () => {
    bot?.close();
    await connector?.close();
  });

  it('shows typing in a group chat before the answer arrives through the connector', async () => {
    const activity = messageActivity('Wat is taakgerichte bekostiging?', {
      serviceUrl: connector.serviceUrl,
      deliveryMode: 'normal',
      conversation: { id: 'group-typing', conversationType: 'groupChat' },
    });
    expect((await postActivity(bot.baseUrl, activity)).status).toBeLessThan(300);
    await expect.poll(() => connector.calls.some((c) => c.activity.type === 'message'), { timeout: 10_000 }).toBe(true);
    const types = connector.calls.map((c) => c.activity.type);
    expect(types.indexOf('typing')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('typing')).toBeLessThan(types.indexOf('message'));
  });

  it('sends no typing activity when the caller takes all replies in the HTTP response (expectReplies)', async () => {
    const activity = messageActivity('Wat is taakgerichte bekostiging?', { conversation: { id: 'group-expect', conversationType: 'groupChat' } });
    const { status, body } = await postActivity(bot.baseUrl, activity);
    expect(status).toBe(200);
    const activities = (body as { activities: ReplyActivity[] }).activities;
    expect(activities.map((a) => a.type)).toEqual(['message']);
    expect(activities[0]?.text).toMatch(/\[1\]/);
  });
});
