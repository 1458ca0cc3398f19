import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsAgent } from '../../../src/channels/teams/create-teams-agent.ts';
import type { Answer } from '../../../src/assistant/answer.ts';
import type { Assistant } from '../../../src/assistant/assistant.ts';
import { openSqliteFeedbackStore } from '../../../src/storage/sqlite-feedback-store.ts';
import { createHttpServer, listen } from '../../../src/channels/http/create-http-server.ts';
import { messageActivity, postActivity } from '../../support/activities.ts';

/** An assistant double that records the questions that reach it. */
function recordingAssistant(): Assistant & { questions: string[] } {
  const questions: string[] = [];
  return {
    questions,
    async ask({ question }): Promise<Answer> {
      questions.push(question);
      return { question, language: 'nl', mode: 'offline', intent: 'knowledge', answer: 'x', citations: [], toolCalls: [], abstained: true, timings: { totalMs: 0 }, suggestions: [] };
    },
  };
}

describe('production mode: requests need a valid Bot Service token', () => {
  let server: http.Server;
  let baseUrl: string;
  const assistant = recordingAssistant();

  beforeAll(async () => {
    const logger = pino({ level: 'silent' });
    const agent = createTeamsAgent({ assistant, feedback: openSqliteFeedbackStore({ file: ':memory:' }), logger });
    const authConfig = { clientId: '11111111-1111-1111-1111-111111111111', clientSecret: 'not-a-real-secret', tenantId: '22222222-2222-2222-2222-222222222222' };
    server = await listen(createHttpServer({ agent, authConfig, logger }), 0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => server?.close());

  it('rejects a request without a token with 401', async () => {
    const { status } = await postActivity(baseUrl, messageActivity('Wat is taakgerichte bekostiging?'));
    expect(status).toBe(401);
  });

  it('rejects an unsigned token with 401', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ aud: '11111111-1111-1111-1111-111111111111', iss: 'https://api.botframework.com', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${header}.${payload}.` },
      body: JSON.stringify(messageActivity('Wat is taakgerichte bekostiging?')),
    });
    expect(response.status).toBe(401);
  });

  it('never lets a rejected request reach the assistant', () => {
    expect(assistant.questions).toEqual([]);
  });
});
