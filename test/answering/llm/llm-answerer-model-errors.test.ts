import { afterEach, describe, expect, it } from 'vitest';
import type { Retriever } from '../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';
import { reply, startScriptedChatServer, type ScriptedChatServer, type ScriptedReply } from '../../support/scripted-chat-server.ts';
import { createTestAnswerer } from './llm-fixture.ts';

const noPassages: Retriever = { retrieve: async () => [] };
const ABSTENTION = 'De bronnen geven hierop geen antwoord.';
const question = { question: 'Wat is het weer morgen?', language: 'nl' as const };

describe('model errors: retries within the time budget, then a reason', () => {
  let server: ScriptedChatServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const start = async (replies: ScriptedReply[]) => (server = await startScriptedChatServer({ replies }));

  it('waits for retry-after on 429 and then answers', async () => {
    const chat = await start([reply.status(429, { 'retry-after': '1' }), reply.text(ABSTENTION)]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: noPassages, timeBudgetMs: 4_000 });
    const result = await answerer.answer(question);

    expect(result).toMatchObject({ ok: true, answer: ABSTENTION, abstained: true });
    expect(chat.requests).toHaveLength(2);
    const waited = chat.requests[1]!.receivedAt - chat.requests[0]!.receivedAt;
    expect(waited).toBeGreaterThanOrEqual(950);
  });

  it('retries 5xx with backoff and then answers', async () => {
    const chat = await start([reply.status(500), reply.status(503), reply.text(ABSTENTION)]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: noPassages });
    const result = await answerer.answer(question);

    expect(result.ok).toBe(true);
    expect(chat.requests).toHaveLength(3);
  });

  it('gives up at once when retry-after is longer than the time left', async () => {
    const chat = await start([reply.status(429, { 'retry-after': '60' }), reply.text(ABSTENTION)]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: noPassages, timeBudgetMs: 2_000 });
    const started = Date.now();
    const result = await answerer.answer(question);

    expect(result).toEqual({ ok: false, reason: 'model-unavailable', toolCalls: [] });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(chat.requests).toHaveLength(1);
  });

  it('reports a timeout within the time budget when the model does not answer', async () => {
    const chat = await start([reply.hang(), reply.hang()]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: noPassages, timeBudgetMs: 400 });
    const started = Date.now();
    const result = await answerer.answer(question);

    expect(result).toEqual({ ok: false, reason: 'timeout', toolCalls: [] });
    expect(Date.now() - started).toBeLessThan(1_200);
  });

  it('retries a request that times out on its own and answers when the next one succeeds', async () => {
    const chat = await start([reply.hang(), reply.text(ABSTENTION)]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: noPassages, timeBudgetMs: 3_000, requestTimeoutMs: 300 });
    const result = await answerer.answer(question);

    expect(result.ok).toBe(true);
    expect(chat.requests).toHaveLength(2);
  });

  it.each([
    ['invalid JSON', reply.garbage('{"choices": [ this is not json')],
    ['no choices', reply.garbage('{"id": "x", "object": "chat.completion", "choices": []}')],
    ['an empty message', reply.garbage(JSON.stringify({ id: 'x', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: '' }, finish_reason: 'stop' }] }))],
    ['an HTML error page', reply.garbage('<html><body>Bad gateway</body></html>')],
  ])('reports model-unavailable for a garbage response: %s', async (_label, garbage) => {
    const chat = await start([garbage]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: noPassages });
    const result = await answerer.answer(question);

    expect(result).toEqual({ ok: false, reason: 'model-unavailable', toolCalls: [] });
    expect(chat.requests).toHaveLength(1);
  });

  it('does not retry a client error such as 401', async () => {
    const chat = await start([reply.status(401), reply.text(ABSTENTION)]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: noPassages });
    const result = await answerer.answer(question);

    expect(result).toEqual({ ok: false, reason: 'model-unavailable', toolCalls: [] });
    expect(chat.requests).toHaveLength(1);
  });

  it('reports model-unavailable when nothing listens at the base URL', async () => {
    const chat = await start([]);
    const baseUrl = chat.baseUrl;
    await chat.close();
    server = undefined;
    const answerer = createTestAnswerer({ baseUrl, retriever: noPassages, timeBudgetMs: 600 });
    const result = await answerer.answer(question);

    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ reason: 'model-unavailable' });
  });
});
