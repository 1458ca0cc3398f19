import { afterAll, describe, expect, it } from 'vitest';
import { messageActivity, messagesOf } from '../../support/activities.ts';
import { freePort } from '../../support/free-port.ts';
import { startBotProcess } from '../../support/start-bot-process.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

/** `npm start`'s process: health endpoints, and SIGTERM finishes the turns in flight before exiting. */
describe('bot process lifecycle', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('serves /healthz and /readyz, answers a question sent just before SIGTERM, then exits cleanly', async () => {
    const port = await freePort();
    const bot = await startBotProcess({ env: { PORT: String(port), PLAYGROUND: 'off', DATA_DIR: temp.dir, LOG_LEVEL: 'warn' }, readyPattern: /luistert op/ });
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });

    const inFlight = fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity('Moeten wij overstappen op taakgericht bekostigen?')),
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
    bot.child.kill('SIGTERM');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(messagesOf(await response.json())[0]?.text).toMatch(/\[1\]/);
    expect(await exited).toBe(0);
  }, 60_000);
});
