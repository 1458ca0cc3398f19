import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, messagesOf, postActivity } from '../../support/activities.ts';
import { startTestBot, type TestBot } from '../../support/test-bot.ts';

const INTERNALS = /at \w+ \(|node_modules|\.ts:\d+|TypeError|SyntaxError|ReferenceError|stack/;

/** Garbage in: a 4xx or a polite reply, never a crash, a 500 with internals, or a hang. */
describe('bad input on /api/messages', () => {
  let bot: TestBot;
  let baseUrl: string;

  beforeAll(async () => {
    bot = await startTestBot();
    baseUrl = bot.baseUrl;
  });
  afterAll(() => bot?.close());

  const reply = async (text: string) => {
    const { status, body } = await postActivity(baseUrl, messageActivity(text));
    expect(status).toBe(200);
    const [message] = messagesOf(body);
    expect(message?.text ?? '').not.toMatch(INTERNALS);
    return message?.text ?? '';
  };

  it('answers an empty message with an invitation to ask', async () => {
    expect(await reply('   ')).toMatch(/Stel gerust een vraag/);
  });

  it('answers a 20,000-character message without failing', async () => {
    expect((await reply('jeugdhulp '.repeat(2000))).length).toBeGreaterThan(0);
  });

  it('survives control characters, emoji and right-to-left text', async () => {
    expect(await reply('Wat is\u0000 een \u0007lumpsum? 🤔')).toMatch(/\[\d+\]/);
    expect((await reply('ما هو التمويل القائم على المهام؟ 👍')).length).toBeGreaterThan(0);
  });

  it('refuses politely in another language it cannot answer', async () => {
    expect(await reply('Quelle est la capitale de la France ?')).toMatch(/geen betrouwbaar antwoord|could not find/);
  });

  it('acknowledges unknown activity types without a reply or an error', async () => {
    const { status } = await postActivity(baseUrl, { ...messageActivity('x'), type: 'somethingNew' });
    expect(status).toBeLessThan(500);
  });

  it('rejects an activity without required fields with a 4xx and no internals', async () => {
    const { status, body } = await postActivity(baseUrl, { type: 'message', text: 'hallo' });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(JSON.stringify(body)).not.toMatch(INTERNALS);
  });

  it('rejects a JSON array or a string body with 400', async () => {
    expect((await postActivity(baseUrl, '[1,2,3]')).status).toBe(400);
    expect((await postActivity(baseUrl, '"hallo"')).status).toBe(400);
  });
});
