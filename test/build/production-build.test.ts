import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../src/app/config/app-config.ts';
import { messageActivity, messagesOf } from '../support/activities.ts';
import { freePort } from '../support/free-port.ts';
import { startBotProcess, type BotProcess } from '../support/start-bot-process.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const run = promisify(execFile);

/** What production runs: `npm run build`, then `npm run start:prod` (node on dist/, no TypeScript loader). */
describe('production build', () => {
  const temp = makeTempDir();
  let bot: BotProcess | undefined;
  let base = '';

  beforeAll(async () => {
    await run('npm', ['run', 'build'], { cwd: PROJECT_DIR });
    const port = await freePort();
    bot = await startBotProcess({
      compiled: true,
      env: {
        PORT: String(port),
        PLAYGROUND: 'off',
        DATA_DIR: temp.dir,
        LOG_LEVEL: 'warn',
        // Nothing may reach CBS from a test.
        CBS_ODATA_V4_URL: 'http://127.0.0.1:9/v4',
        CBS_ODATA_V3_URL: 'http://127.0.0.1:9/v3',
      },
      readyPattern: /luistert op/,
      timeoutMs: 90_000,
    });
    base = `http://127.0.0.1:${port}`;
  }, 180_000);

  afterAll(async () => {
    await bot?.stop();
    temp.cleanup();
  });

  it('compiles src/ to dist/ with the data files the modules read', () => {
    for (const file of ['app/start.js', 'app/config/app-config.js', 'sources/cbs/indicators/indicators.json', 'lib/gemeenten/gemeenten.json', 'sources/knowledge/lexical/thesaurus.json']) {
      expect(existsSync(path.join(PROJECT_DIR, 'dist', file)), file).toBe(true);
    }
  });

  it('runs from dist/: ready, and answers a data question with a chart drawn by sharp', async () => {
    expect(bot?.child.spawnargs.join(' ')).toContain(path.join('dist', 'app', 'start.js'));
    expect(bot?.child.spawnargs).not.toContain('tsx');
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity('Hoeveel residentiële plaatsingen hadden we dit jaar?')),
    });
    expect(response.status).toBe(200);
    const [reply] = messagesOf(await response.json()) as Array<{ text?: string; attachments?: Array<{ content: unknown }> }>;
    expect(reply?.text).toMatch(/\[1\]/);
    const cards = JSON.stringify(reply?.attachments ?? []);
    expect(cards).toMatch(/"url":"data:image\/png;base64,iVBORw0KGgo/);
  });
});
