import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membersAddedActivity, messageActivity, messagesOf, postActivity, type ReplyActivity } from '../../support/activities.ts';
import { startTestBot, type TestBot } from '../../support/test-bot.ts';

describe('POST /api/messages (contract, expectReplies)', () => {
  let bot: TestBot;
  let baseUrl: string;

  beforeAll(async () => {
    bot = await startTestBot();
    baseUrl = bot.baseUrl;
  });
  afterAll(() => bot?.close());

  it('answers a knowledge question with [n] markers and a citation entity per marker', async () => {
    const { status, body } = await postActivity(baseUrl, messageActivity('Wat is taakgerichte bekostiging?'));
    expect(status).toBe(200);
    const [reply] = messagesOf(body);
    expect(reply?.text).toMatch(/\[1\]/);
    const entity = reply?.entities?.find((e) => e['@type'] === 'Message');
    expect(entity?.additionalType).toContain('AIGeneratedContent');
    const citations = entity?.citation as Array<{ position: number; appearance: { name: string; abstract: string } }>;
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) {
      expect(reply?.text).toContain(`[${citation.position}]`);
      expect(citation.appearance.abstract.length).toBeLessThanOrEqual(160);
    }
    expect(reply?.text?.toLowerCase()).toContain('taakgericht');
  });

  it('adds follow-up prompts and a collapsed "Bronnen en werkwijze" card with the passages behind the answer', async () => {
    const { body } = await postActivity(baseUrl, messageActivity("Wat zijn de risico's van een lumpsum voor cliënten?"));
    const [reply] = messagesOf(body) as Array<ReplyActivity & { attachments?: Array<{ contentType: string; content: Record<string, unknown> }> }>;
    expect(reply?.suggestedActions?.actions.length).toBeGreaterThanOrEqual(1);
    const card = reply?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
    expect(card?.actions).toEqual([{ type: 'Action.ToggleVisibility', title: 'Bronnen en werkwijze', targetElements: ['werkwijze'] }]);
    const container = (card?.body as Array<{ id: string; isVisible: boolean; items: Array<{ text: string }> }>)[0]!;
    expect(container.isVisible).toBe(false);
    expect(container.items.map((item) => item.text).join('\n')).toMatch(/\[1\] .+ — knowledge\/risicos-lumpsum-voor-clienten\.md/);
  });

  it('strips the @mention in a channel message before answering', async () => {
    const activity = messageActivity('<at>Stelselwijzer</at> help', {
      conversation: { id: 'channel-conv', conversationType: 'channel', isGroup: true },
      entities: [{ type: 'mention', text: '<at>Stelselwijzer</at>', mentioned: { id: 'bot-1', name: 'Stelselwijzer' } }],
    });
    const [reply] = messagesOf((await postActivity(baseUrl, activity)).body);
    expect(reply?.text).toContain('Zo werkt Stelselwijzer');
    expect(reply?.suggestedActions?.actions.length).toBeGreaterThanOrEqual(3);
  });

  it('answers in a group chat', async () => {
    const activity = messageActivity('<at>Stelselwijzer</at> Wat is een lumpsum?', {
      conversation: { id: 'group-conv', conversationType: 'groupChat', isGroup: true },
    });
    const [reply] = messagesOf((await postActivity(baseUrl, activity)).body);
    expect(reply?.text).toMatch(/\[\d+\]/);
  });

  it('welcomes a user who adds the bot, with the 3 example questions Teams shows as suggested prompts', async () => {
    const [reply] = messagesOf((await postActivity(baseUrl, membersAddedActivity(['user-1']))).body);
    expect(reply?.text).toContain('Stelselwijzer');
    const actions = reply?.suggestedActions?.actions ?? [];
    expect(actions.length).toBe(3);
    expect(actions.every((a) => a.type === 'imBack' && a.value.endsWith('?'))).toBe(true);
  });

  it('does not welcome the bot itself', async () => {
    expect(messagesOf((await postActivity(baseUrl, membersAddedActivity(['bot-1']))).body)).toEqual([]);
  });

  it('refuses a question the sources do not cover instead of guessing', async () => {
    const [reply] = messagesOf((await postActivity(baseUrl, messageActivity('Wat is de hoofdstad van Australië?'))).body);
    expect(reply?.text).toMatch(/geen betrouwbaar antwoord/);
    expect(reply?.text).not.toMatch(/\[\d+\]/);
  });

  it('rejects invalid JSON with 400 and no internals', async () => {
    const { status, body } = await postActivity(baseUrl, '{"type": "message", ');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|SyntaxError/);
  });

  it('rejects a body without an activity type with 400', async () => {
    const { status } = await postActivity(baseUrl, { text: 'hallo' });
    expect(status).toBe(400);
  });

  it('rejects a body over 256 KB with 413', async () => {
    const { status } = await postActivity(baseUrl, messageActivity('x'.repeat(300 * 1024)));
    expect(status).toBe(413);
  });

  it('serves health and readiness', async () => {
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/readyz`)).status).toBe(200);
  });
});
