import type { Storage } from '@microsoft/agents-hosting';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackStore } from '../../../src/storage/feedback-store.ts';
import { messageActivity, postActivity } from '../../support/activities.ts';
import { startFakeConnector } from '../../support/fake-connector.ts';
import { startTestBot, type TestBot } from '../../support/test-bot.ts';

/** Storage that has gone away while the bot runs (Blob Storage unreachable, disk full). */
const unreachableStorage: Storage = {
  read: async () => Promise.reject(new Error('ECONNREFUSED storage')),
  write: async () => Promise.reject(new Error('ECONNREFUSED storage')),
  delete: async () => Promise.reject(new Error('ECONNREFUSED storage')),
};
const unreachable = async (): Promise<never> => Promise.reject(new Error('ECONNREFUSED feedback'));
const unreachableFeedback: FeedbackStore = {
  recordAnswer: unreachable,
  recordFeedback: unreachable,
  listFeedback: unreachable,
  latestAnswerId: unreachable,
  close: () => undefined,
};

describe('storage unavailable while running', () => {
  let bot: TestBot;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  const logged: Array<{ level: number; msg: string }> = [];

  beforeAll(async () => {
    const logger = pino({ level: 'warn' }, { write: (line: string) => logged.push(JSON.parse(line)) });
    bot = await startTestBot({ storage: unreachableStorage, feedback: unreachableFeedback, logger });
    connector = await startFakeConnector();
  });

  afterAll(async () => {
    bot?.close();
    await connector?.close();
  });

  const conversation = { id: 'down-1', conversationType: 'groupChat' };

  it('still answers the question, with its sources, and logs what could not be kept', async () => {
    const activity = messageActivity('Wat is taakgerichte bekostiging?', { conversation, serviceUrl: connector.serviceUrl, deliveryMode: 'normal' });
    expect((await postActivity(bot.baseUrl, activity)).status).toBeLessThan(300);
    await expect.poll(() => logged.some((l) => l.msg === 'answer not recorded for feedback'), { timeout: 10_000 }).toBe(true);
    const messages = connector.calls.filter((c) => c.activity.type === 'message').map((c) => String(c.activity.text));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/\[1\]/);
    expect(messages[0]).not.toMatch(/Sorry/);
    expect(logged.map((l) => l.msg)).toContain('conversation memory unavailable: answering without the earlier questions');
  });

  it('answers a feedback click with 503 when the feedback store is down, without internals', async () => {
    const invoke = {
      ...messageActivity('', { conversation, serviceUrl: connector.serviceUrl, deliveryMode: 'normal' }),
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: 'answer-1',
      value: { actionName: 'feedback', actionValue: { reaction: 'like' } },
    };
    const { status, body } = await postActivity(bot.baseUrl, invoke);
    expect(status).toBe(503);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED/);
    expect(logged.map((l) => l.msg)).toContain('feedback not stored: the feedback store is unavailable');
  });
});
