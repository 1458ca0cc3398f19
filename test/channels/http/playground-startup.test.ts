import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { describePlaygroundStartup } from '../../../src/channels/http/playground-messages.ts';
import { recordLastLines, watchPlaygroundStartup } from '../../../src/channels/http/playground-startup.ts';
import { freePort } from '../../support/free-port.ts';

function node(script: string) {
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('Agents Playground start-up', () => {
  it('reports an exit during start-up with the exit code and the last output lines', async () => {
    const port = await freePort();
    const child = node(`for (let i = 1; i <= 20; i++) console.log('line ' + i); console.error('Error: listen EADDRINUSE: address already in use :::${port}'); process.exit(1);`);
    const outcome = await watchPlaygroundStartup({ child, port, lastLines: recordLastLines(child), timeoutMs: 10_000 });
    expect(outcome.kind).toBe('exited');
    if (outcome.kind !== 'exited') return;
    expect(outcome.code).toBe(1);
    expect(outcome.lastLines.at(-1)).toBe(`Error: listen EADDRINUSE: address already in use :::${port}`);
    expect(outcome.lastLines).toHaveLength(12);
    expect(outcome.lastLines[0]).toBe('line 10');

    const text = describePlaygroundStartup(outcome, { botPort: 3978, port });
    expect(text).toContain('tijdens het opstarten gestopt (exitcode 1)');
    expect(text).toContain('EADDRINUSE');
    expect(text).toContain(`npx agentsplayground -e http://localhost:3978/api/messages -c msteams -p ${port}`);
  });

  it('is ready once the process listens on its port', async () => {
    const port = await freePort();
    const child = node(`require('node:net').createServer().listen(${port}, '127.0.0.1'); setTimeout(() => process.exit(0), 20000);`);
    try {
      const outcome = await watchPlaygroundStartup({ child, port, lastLines: recordLastLines(child), timeoutMs: 10_000, pollMs: 50, minUpMs: 300 });
      expect(outcome).toEqual({ kind: 'ready' });
    } finally {
      child.kill();
    }
  });

  it('counts a process that listens and then crashes within the first moments as a failed start', async () => {
    const port = await freePort();
    const child = node(`require('node:net').createServer().listen(${port}, '127.0.0.1', () => console.log('Listening on ${port}')); setTimeout(() => process.exit(1), 500);`);
    const outcome = await watchPlaygroundStartup({ child, port, lastLines: recordLastLines(child), timeoutMs: 10_000, pollMs: 50, minUpMs: 1_500 });
    expect(outcome).toMatchObject({ kind: 'exited', code: 1, lastLines: [`Listening on ${port}`] });
  });

  it('gives up after the timeout when nothing listens, with what the process wrote', async () => {
    const port = await freePort();
    const child = node(`console.log('starting…'); setTimeout(() => process.exit(0), 20000);`);
    try {
      const outcome = await watchPlaygroundStartup({ child, port, lastLines: recordLastLines(child), timeoutMs: 600, pollMs: 50 });
      expect(outcome).toEqual({ kind: 'timeout', lastLines: ['starting…'] });
      if (outcome.kind !== 'timeout') return;
      expect(describePlaygroundStartup(outcome, { botPort: 3978, port })).toContain(`luistert na het opstarten nog niet op poort ${port}`);
    } finally {
      child.kill();
    }
  });
});

describe('Agents Playground start-up on a port already in use', () => {
  it('does not take the other process on the port for a started playground', async () => {
    const port = await freePort();
    const other = node(`require('node:net').createServer().listen(${port}, '127.0.0.1'); setTimeout(() => process.exit(0), 20000);`);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const child = node(`setTimeout(() => { console.error('Error: listen EADDRINUSE'); process.exit(1); }, 400);`);
      const outcome = await watchPlaygroundStartup({ child, port, lastLines: recordLastLines(child), timeoutMs: 10_000, pollMs: 50, settleMs: 2_000 });
      expect(outcome).toMatchObject({ kind: 'exited', code: 1, lastLines: ['Error: listen EADDRINUSE'] });
    } finally {
      other.kill();
    }
  });
});
