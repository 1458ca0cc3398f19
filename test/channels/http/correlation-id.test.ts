import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { TurnContext } from '@microsoft/agents-hosting';
import express from 'express';
import pino, { type Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correlationId, turnLogger } from '../../../src/channels/http/correlation-id.ts';
import { listen } from '../../../src/channels/http/create-http-server.ts';

type LogLine = Record<string, unknown>;

function capturingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'info', base: undefined }, stream), lines };
}

const fakeTurn = { activity: { type: 'message', id: 'act-1', channelId: 'msteams', text: 'geheime vraag' } } as unknown as TurnContext;

describe('correlationId middleware', () => {
  const { logger, lines } = capturingLogger();
  let server: http.Server;
  let baseUrl: string;

  beforeAll(async () => {
    const app = express();
    app.use(correlationId({ logger }));
    app.post('/api/messages', express.json(), async (req, res) => {
      req.log?.info('from req.log');
      await new Promise((resolve) => setTimeout(resolve, 5));
      // As the agent's handlers see it: no request at hand, only the turn.
      turnLogger({ context: fakeTurn, logger: pino({ level: 'silent' }) }).info('from the turn');
      res.json({ same: res.locals.logger === req.log });
    });
    app.get('/slow', async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (!res.destroyed) res.json({});
    });
    server = await listen(app, 0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server?.close());

  const post = (headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token-xyz', ...headers },
      body: JSON.stringify({ type: 'message', text: 'Hoeveel geheime plaatsingen?' }),
    });

  const linesOf = (id: string) => lines.filter((line) => line.correlationId === id);

  it('keeps a safe correlation id from the caller and returns it', async () => {
    const response = await post({ 'x-correlation-id': 'teams-abc.123:x_y-z' });
    expect(response.headers.get('x-correlation-id')).toBe('teams-abc.123:x_y-z');
    expect(await response.json()).toEqual({ same: true });
  });

  it('generates a UUID when the header is missing', async () => {
    const response = await post();
    expect(response.headers.get('x-correlation-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it.each([
    ['too long', 'a'.repeat(65)],
    ['unsafe characters', 'abc def<script>'],
    ['a log-injection attempt', 'abc\\n{"level":60}'],
  ])('replaces an unsafe id (%s) with a fresh one', async (_name, unsafe) => {
    const response = await post({ 'x-correlation-id': unsafe });
    const id = response.headers.get('x-correlation-id');
    expect(id).not.toBe(unsafe);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tags the request log, the turn log and the completion line with the correlation id', async () => {
    const response = await post({ 'x-correlation-id': 'trace-42' });
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const traced = linesOf('trace-42');
    expect(traced.map((line) => line.msg)).toEqual(['from req.log', 'from the turn', 'request completed']);
    expect(traced[1]).toMatchObject({ activityType: 'message', activityId: 'act-1', channelId: 'msteams' });
    expect(traced[2]).toMatchObject({ method: 'POST', path: '/api/messages', status: 200 });
    expect(typeof traced[2]!.durationMs).toBe('number');
  });

  it('never logs the Authorization header or the message text', async () => {
    await (await post({ 'x-correlation-id': 'secret-check' })).text();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const all = JSON.stringify(lines);
    expect(all).not.toContain('secret-token-xyz');
    expect(all.toLowerCase()).not.toContain('authorization');
    expect(all).not.toContain('geheime');
  });

  it('logs a request the caller gave up on as aborted', async () => {
    const controller = new AbortController();
    const pending = fetch(`${baseUrl}/slow`, { headers: { 'x-correlation-id': 'gave-up' }, signal: controller.signal }).catch(() => undefined);
    setTimeout(() => controller.abort(), 50);
    await pending;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(linesOf('gave-up')).toEqual([expect.objectContaining({ msg: 'request aborted', level: 40, path: '/slow' })]);
  });

  it('turnLogger falls back to the given logger outside a request', () => {
    const { logger: fallback, lines: fallbackLines } = capturingLogger();
    turnLogger({ context: fakeTurn, logger: fallback }).info('outside');
    expect(fallbackLines).toEqual([expect.objectContaining({ msg: 'outside', activityId: 'act-1' })]);
    expect(fallbackLines[0]).not.toHaveProperty('correlationId');
  });
});
