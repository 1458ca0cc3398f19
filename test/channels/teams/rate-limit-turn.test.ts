import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsAgent } from '../../../src/channels/teams/create-teams-agent.ts';
import { slowDownText } from '../../../src/channels/teams/rate-limit-turn.ts';
import type { Answer } from '../../../src/assistant/answer.ts';
import type { Assistant, AskOptions } from '../../../src/assistant/assistant.ts';
import type { FeedbackRecord, FeedbackStore } from '../../../src/storage/feedback-store.ts';
import { createHttpServer, listen } from '../../../src/channels/http/create-http-server.ts';
import { createRateLimiter } from '../../../src/channels/http/rate-limiter.ts';
import { membersAddedActivity, messageActivity, messagesOf, postActivity } from '../../support/activities.ts';

/** Answers every question with its own text, and counts the questions. */
function echoAssistant(): Assistant & { questions: string[] } {
  const questions: string[] = [];
  return {
    questions,
    async ask(options: AskOptions): Promise<Answer> {
      questions.push(options.question);
      return {
        question: options.question,
        language: 'nl',
        mode: 'offline',
        intent: 'help',
        answer: `Antwoord op: ${options.question}`,
        citations: [],
        toolCalls: [],
        abstained: false,
        timings: { totalMs: 1 },
        suggestions: [],
      };
    },
  };
}

function memoryFeedback(): FeedbackStore {
  const records: FeedbackRecord[] = [];
  return {
    recordAnswer: async () => {},
    recordFeedback: async (feedback) => {
      const record = { ...feedback, createdAt: new Date().toISOString() };
      records.push(record);
      return record;
    },
    listFeedback: async () => records,
    latestAnswerId: async () => undefined,
    close: () => {},
  };
}

function capturingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info', base: undefined }, stream), lines };
}

const asUser = (aadObjectId: string, text: string, extra: Record<string, unknown> = {}) =>
  messageActivity(text, { from: { id: `teams-${aadObjectId}`, aadObjectId }, conversation: { id: `conv-${aadObjectId}`, conversationType: 'personal' }, ...extra });

describe('rateLimitTurn (beforeTurn on the real agent and HTTP server)', () => {
  const assistant = echoAssistant();
  const { logger, lines } = capturingLogger();
  let server: http.Server;
  let baseUrl: string;

  beforeAll(async () => {
    const time = 1_000_000;
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 0.1, now: () => time });
    const agent = createTeamsAgent({ assistant, feedback: memoryFeedback(), logger, limiter });
    server = await listen(createHttpServer({ agent, authConfig: {}, logger }), 0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server?.close());

  const replyTexts = async (activity: Record<string, unknown>) => {
    const { status, body } = await postActivity(baseUrl, activity);
    expect(status).toBe(200);
    return messagesOf(body).map((reply) => reply.text);
  };

  it('answers up to the limit, then sends one Dutch message with the wait and does not ask the assistant', async () => {
    expect(await replyTexts(asUser('a', 'Wat is een lumpsum?'))).toEqual(['Antwoord op: Wat is een lumpsum?']);
    expect(await replyTexts(asUser('a', 'Wat is een lumpsum?'))).toEqual(['Antwoord op: Wat is een lumpsum?']);
    const asked = assistant.questions.length;
    expect(await replyTexts(asUser('a', 'Wat is taakgerichte bekostiging?'))).toEqual([
      'U stelt veel vragen kort na elkaar. Probeer het over 10 seconden opnieuw.',
    ]);
    expect(assistant.questions.length).toBe(asked);
  });

  it('answers in English when the question is English', async () => {
    await replyTexts(asUser('b', 'What is a lumpsum?'));
    await replyTexts(asUser('b', 'What is a lumpsum?'));
    expect(await replyTexts(asUser('b', 'What is task-oriented funding?'))).toEqual([
      'You are asking many questions in quick succession. Please try again in 10 seconds.',
    ]);
  });

  it('limits per user: another user is still answered', async () => {
    expect(await replyTexts(asUser('c', 'Wat is een lumpsum?'))).toEqual(['Antwoord op: Wat is een lumpsum?']);
  });

  it('keys on from.id when there is no aadObjectId', async () => {
    const anonymous = (text: string) => messageActivity(text, { from: { id: 'no-aad-user' }, conversation: { id: 'conv-no-aad', conversationType: 'personal' } });
    await replyTexts(anonymous('Wat is een lumpsum?'));
    await replyTexts(anonymous('Wat is een lumpsum?'));
    expect((await replyTexts(anonymous('Wat is een lumpsum?')))[0]).toMatch(/^U stelt veel vragen/);
  });

  it('lets other activities through for a user over the limit', async () => {
    const welcome = { ...membersAddedActivity(['teams-a']), from: { id: 'teams-a', aadObjectId: 'a' } };
    const texts = await replyTexts(welcome);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('Stelselwijzer');
  });

  it('logs the refusal with the correlation id, without the message text', async () => {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'limit-trace-1' },
      body: JSON.stringify(asUser('a', 'Een vertrouwelijke vraag over cliënt Jansen')),
    });
    expect(response.headers.get('x-correlation-id')).toBe('limit-trace-1');
    await response.text();
    const refusal = lines.find((line) => line.msg === 'rate limited' && line.correlationId === 'limit-trace-1');
    expect(refusal).toMatchObject({ level: 40, retryAfterSeconds: 10, activityType: 'message' });
    expect(JSON.stringify(lines)).not.toContain('Jansen');
  });
});

describe('slowDownText', () => {
  it('uses the singular for one second', () => {
    expect(slowDownText('nl', 1)).toBe('U stelt veel vragen kort na elkaar. Probeer het over 1 seconde opnieuw.');
    expect(slowDownText('en', 1)).toBe('You are asking many questions in quick succession. Please try again in 1 second.');
  });
});
