import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsAgent } from '../../../src/channels/teams/create-teams-agent.ts';
import type { Answer } from '../../../src/assistant/answer.ts';
import type { Assistant } from '../../../src/assistant/assistant.ts';
import { openSqliteFeedbackStore } from '../../../src/storage/sqlite-feedback-store.ts';
import { createHttpServer, listen } from '../../../src/channels/http/create-http-server.ts';
import { messageActivity, messagesOf } from '../../support/activities.ts';

const APP_ID = '11111111-1111-1111-1111-111111111111';
const TENANT = 'test-tenant';

/** Signs a JWT with RS256 using node's crypto. */
function signJwt(payload: Record<string, unknown>, key: crypto.KeyObject, kid: string): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(payload)}`;
  return `${unsigned}.${crypto.sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

/**
 * Production mode end to end: the SDK's JWT validation against a signing-key endpoint served on
 * localhost (as Entra serves its keys). Only a token signed by that key, for this bot's app id,
 * reaches the assistant.
 */
describe('production mode: JWT validation', () => {
  const trusted = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const questions: string[] = [];
  const assistant: Assistant = {
    async ask({ question }): Promise<Answer> {
      questions.push(question);
      return { question, language: 'nl', mode: 'offline', intent: 'knowledge', answer: 'Antwoord [1]', citations: [], toolCalls: [], abstained: false, timings: { totalMs: 0 }, suggestions: [] };
    },
  };
  let keys: http.Server;
  let bot: http.Server;
  let baseUrl: string;

  beforeAll(async () => {
    const jwk = { ...trusted.publicKey.export({ format: 'jwk' }), kid: 'trusted-key', use: 'sig', alg: 'RS256' };
    keys = http.createServer((req, res) => {
      res.writeHead(req.url === `/${TENANT}/discovery/v2.0/keys` ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
    const authority = `http://127.0.0.1:${(keys.address() as AddressInfo).port}/${TENANT}`;
    const logger = pino({ level: 'silent' });
    const agent = createTeamsAgent({ assistant, feedback: openSqliteFeedbackStore({ file: ':memory:' }), logger });
    const authConfig = { clientId: APP_ID, clientSecret: 'not-used-with-expect-replies', tenantId: TENANT, authorityEndpoint: authority };
    bot = await listen(createHttpServer({ agent, authConfig, logger }), 0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    bot?.close();
    keys?.close();
  });

  const post = (token: string, question: string) =>
    fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(messageActivity(question)),
    });
  const claims = (overrides: Record<string, unknown> = {}) => ({
    aud: APP_ID,
    iss: 'https://issuer.test.local/',
    iat: Math.floor(Date.now() / 1000),
    exp: Math.floor(Date.now() / 1000) + 600,
    ...overrides,
  });

  it('accepts a token signed by the trusted key for this app id', async () => {
    const response = await post(signJwt(claims(), trusted.privateKey, 'trusted-key'), 'geldig');
    expect(response.status).toBe(200);
    expect(messagesOf(await response.json())[0]?.text).toBe('Antwoord [1]');
  });

  it('rejects a token signed by another key, even with the trusted key id', async () => {
    expect((await post(signJwt(claims(), stranger.privateKey, 'trusted-key'), 'verkeerd getekend')).status).toBe(401);
  });

  it('rejects a token for another audience', async () => {
    expect((await post(signJwt(claims({ aud: '22222222-2222-2222-2222-222222222222' }), trusted.privateKey, 'trusted-key'), 'ander publiek')).status).toBe(401);
  });

  it('rejects an expired token', async () => {
    const expired = claims({ iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await post(signJwt(expired, trusted.privateKey, 'trusted-key'), 'verlopen')).status).toBe(401);
  });

  it('lets only the valid request reach the assistant', () => {
    expect(questions).toEqual(['geldig']);
  });
});
