import { fork } from 'node:child_process';
import path from 'node:path';
import type { ParentMessage, ServerMessage } from './bench-messages.ts';

export interface BenchServer {
  url: string;
  describe: string;
  /** The server process's memory, and the error lines it logged since the last call. */
  memory(options?: { collectGarbage?: boolean }): Promise<{ rss: number; heapUsed: number; errorLines: string[] }>;
  stop(): Promise<void>;
}

/** Forks `bench-server.ts` with the tsx loader and waits until it listens on 127.0.0.1. */
export function startBenchServer(options: {
  kind: 'bot' | 'echo';
  env: Record<string, string>;
  /** Writes a V8 CPU profile of the server process here when it stops. */
  cpuProfileDir?: string;
  timeoutMs?: number;
}): Promise<BenchServer> {
  const child = fork(path.join(import.meta.dirname, 'bench-server.ts'), [options.kind], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [])],
    env: options.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const send = (message: ParentMessage) => child.send(message);
  const nextMessage = <T extends ServerMessage['type']>(type: T): Promise<Extract<ServerMessage, { type: T }>> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: ServerMessage) => {
        if (message.type === type) {
          child.off('message', onMessage);
          resolve(message as Extract<ServerMessage, { type: T }>);
        } else if (message.type === 'failed') {
          reject(new Error(`${options.kind} server failed: ${message.message}`));
        }
      };
      child.on('message', onMessage);
    });
  let pendingMemory: Promise<unknown> = Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timeout = new Promise<never>((_resolve, reject) =>
    setTimeout(() => reject(new Error(`${options.kind} server did not start in time`)), options.timeoutMs ?? 180_000).unref(),
  );
  const earlyExit = exited.then(() => {
    throw new Error(`${options.kind} server exited before it was ready`);
  });
  return Promise.race([nextMessage('ready'), timeout, earlyExit]).then(
    (ready) => ({
      url: `http://127.0.0.1:${ready.port}/api/messages`,
      describe: ready.describe,
      // One question at a time, so that each reply is matched with its own question.
      memory: (memoryOptions) => {
        const asked = pendingMemory.then(async () => {
          const reply = nextMessage('memory');
          send({ type: 'memory', collectGarbage: memoryOptions?.collectGarbage ?? false });
          const { rss, heapUsed, errorLines } = await reply;
          return { rss, heapUsed, errorLines };
        });
        pendingMemory = asked.catch(() => undefined);
        return asked;
      },
      stop: async () => {
        if (child.exitCode === null) {
          send({ type: 'stop' });
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }
        await exited;
      },
    }),
    (error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    },
  );
}
