import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_DIR } from '../../src/app/config/app-config.ts';

export interface BotProcess {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Runs `src/app/start.ts` (what `npm start` runs) in a child process, or with `compiled` the built
 * `dist/app/start.js` (what `npm run start:prod` runs), and waits until it prints `readyPattern`.
 */
export async function startBotProcess(options: { env: Record<string, string>; readyPattern: RegExp; timeoutMs?: number; compiled?: boolean }): Promise<BotProcess> {
  // As `npm start` runs it: one node process with the tsx loader, so signals reach the bot itself.
  const args = options.compiled ? [path.join(PROJECT_DIR, 'dist', 'app', 'start.js')] : ['--import', 'tsx', path.join(PROJECT_DIR, 'src', 'app', 'start.ts')];
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_DIR,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!options.readyPattern.test(output)) {
    if (child.exitCode !== null) throw new Error(`the bot exited early:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the bot did not become ready in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => output, stop };
}
