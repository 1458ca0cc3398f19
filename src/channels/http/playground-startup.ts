import type { ChildProcess } from 'node:child_process';
import net from 'node:net';

/** How the Agents Playground start-up ended: listening, exited (with its last output), or still not listening. */
export type PlaygroundStartup =
  | { kind: 'ready' }
  | { kind: 'exited'; code: number | null; signal: NodeJS.Signals | null; lastLines: string[] }
  | { kind: 'timeout'; lastLines: string[] };

const KEPT_LINES = 12;

/** Keeps the last lines a child process writes to stdout and stderr. */
export function recordLastLines(child: ChildProcess, max = KEPT_LINES): () => string[] {
  const lines: string[] = [];
  const keep = (data: Buffer): void => {
    for (const line of data.toString().split(/\r?\n/)) {
      // Colour codes make the console echo unreadable.
      const plain = line.replace(/\u001b\[[0-9;]*m/g, '').trimEnd();
      if (plain.trim().length === 0) continue;
      lines.push(plain);
      if (lines.length > max) lines.shift();
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => [...lines];
}

/**
 * Waits until the playground accepts connections on its port, exits, or `timeoutMs` passes.
 * An exit during start-up comes back with the exit code and the last lines it wrote.
 */
export function watchPlaygroundStartup(options: {
  child: ChildProcess;
  port: number;
  lastLines: () => string[];
  timeoutMs?: number;
  pollMs?: number;
  /** How long the process must be up before it counts as started (a crash right after listening is a failed start). */
  minUpMs?: number;
  /** When something else already listens on the port: how long the process must stay up to count as started. */
  settleMs?: number;
}): Promise<PlaygroundStartup> {
  const { child, port, lastLines, timeoutMs = 60_000, pollMs = 250, minUpMs = 2_000, settleMs = 5_000 } = options;
  const startedAt = Date.now();
  // Another process on the port answers the probe too; then only staying up for a while counts.
  const portTakenBefore = isListening(port);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: PlaygroundStartup): void => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve(outcome);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      // Let the last 'data' events of the pipes arrive before reading the lines.
      setImmediate(() => finish({ kind: 'exited', code, signal, lastLines: lastLines() }));
    };
    child.once('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
    const poll = setInterval(() => {
      void Promise.all([portTakenBefore, isListening(port)]).then(([takenBefore, listening]) => {
        const alive = child.exitCode === null && child.signalCode === null;
        const upMs = Date.now() - startedAt;
        if (alive && listening && upMs >= minUpMs && (!takenBefore || upMs >= settleMs)) finish({ kind: 'ready' });
      });
    }, pollMs);
    const timer = setTimeout(() => finish({ kind: 'timeout', lastLines: lastLines() }), timeoutMs);
  });
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
