import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity } from '../../support/activities.ts';
import { startFakeConnector } from '../../support/fake-connector.ts';
import { startTestBot, type TestBot } from '../../support/test-bot.ts';

describe('personal chat: streamed answer with AI label, citations and feedback', () => {
  let bot: TestBot;
  let baseUrl: string;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  let stelselwijzer: TestBot['stelselwijzer'];

  beforeAll(async () => {
    bot = await startTestBot();
    ({ baseUrl, stelselwijzer } = bot);
    connector = await startFakeConnector();
  });

  afterAll(async () => {
    bot?.close();
    await connector?.close();
  });

  it('sends a progress line, then the final message with citations, AI label and feedback buttons', async () => {
    const activity = messageActivity('Wat is taakgerichte bekostiging?', { serviceUrl: connector.serviceUrl, deliveryMode: 'normal' });
    expect((await postActivity(baseUrl, activity)).status).toBeLessThan(300);
    await expect.poll(() => connector.calls.some((c) => c.activity.type === 'message'), { timeout: 10_000 }).toBe(true);

    const streamInfo = (call: (typeof connector.calls)[number]) =>
      (call.activity.entities as Array<Record<string, unknown>> | undefined)?.find((e) => e.type === 'streaminfo');
    const informative = connector.calls.find((c) => c.activity.type === 'typing' && streamInfo(c)?.streamType === 'informative');
    expect(informative?.activity.text).toBe('Ik zoek in de bronnen…');

    const final = connector.calls.find((c) => c.activity.type === 'message')!;
    expect(streamInfo(final)?.streamType).toBe('final');
    expect(final.activity.text).toMatch(/\[1\]/);
    const message = (final.activity.entities as Array<Record<string, unknown>>).find((e) => e['@type'] === 'Message')!;
    expect(message.additionalType).toEqual(['AIGeneratedContent']);
    expect((message.citation as unknown[]).length).toBeGreaterThan(0);
    // The current form only: Teams rejects a message that also carries feedbackLoopEnabled.
    expect(final.activity.channelData).toEqual({ feedbackLoop: { type: 'default' } });
    const attachments = final.activity.attachments as Array<{ content: { actions: Array<{ title: string }> } }>;
    expect(attachments.map((a) => a.content.actions[0]?.title)).toContain('Bronnen en werkwijze');
  });

  it('stores a feedback click on that answer durably, with the question and the answer', async () => {
    const final = connector.calls.find((c) => c.activity.type === 'message')!;
    // Teams gives the final message of a stream the stream's id; feedback refers to it.
    const answerId = String((final.activity.entities as Array<Record<string, unknown>>).find((e) => e.type === 'streaminfo')?.streamId ?? '');
    expect(answerId).not.toBe('');
    const invoke = {
      ...messageActivity('', { serviceUrl: connector.serviceUrl, deliveryMode: 'normal' }),
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: answerId,
      value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'Te lang; mail me op a@b.nl' }) } },
    };
    const { status } = await postActivity(baseUrl, invoke);
    expect(status).toBe(200);
    const [record] = await stelselwijzer.feedback.listFeedback();
    expect(record).toMatchObject({ reaction: 'dislike', activityId: answerId, question: 'Wat is taakgerichte bekostiging?', comment: 'Te lang; mail me op [e-mail]' });
    expect(record?.answer).toMatch(/\[1\]/);
  });

  it('answers a malformed feedback invoke with 400 and stores nothing', async () => {
    const before = (await stelselwijzer.feedback.listFeedback()).length;
    const invoke = { ...messageActivity('', { serviceUrl: connector.serviceUrl, deliveryMode: 'normal' }), type: 'invoke', name: 'message/submitAction', replyToId: 'x', value: { actionName: 'feedback', actionValue: { reaction: 'meh' } } };
    expect((await postActivity(baseUrl, invoke)).status).toBe(400);
    expect((await stelselwijzer.feedback.listFeedback()).length).toBe(before);
  });
});
