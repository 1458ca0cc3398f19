import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import pino, { type Logger } from 'pino';
import { createTeamsAgent } from '../../src/channels/teams/create-teams-agent.ts';
import { createStelselwijzer } from '../../src/app/composition-root.ts';
import { loadAppConfig } from '../../src/app/config/app-config.ts';
import { createHttpServer, listen } from '../../src/channels/http/create-http-server.ts';
import { createRateLimiter } from '../../src/channels/http/rate-limiter.ts';
import { createEchoAgent } from './echo-agent.ts';
import type { ServerMessage, ParentMessage } from './bench-messages.ts';

/**
 * Child process of the HTTP bench (`node --import tsx bench/http/bench-server.ts bot|echo`): serves
 * `POST /api/messages` on 127.0.0.1 and a free port, and answers the parent over IPC with its
 * memory and the error lines it logged.
 */
const kind = process.argv[2] === 'echo' ? 'echo' : 'bot';
const errorLines: string[] = [];

/** Warnings and errors are kept (message only) for the report; nothing is printed. */
function countingLogger(): Logger {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { level: number; msg?: string; err?: { message?: string } };
        if (entry.level >= 50) errorLines.push(`${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message}` : ''}`);
      }
      done();
    },
  });
  return pino({ level: 'error', base: undefined }, stream);
}

async function createAgent(logger: Logger): Promise<{ agent: AgentApplication<TurnState>; describe: string; close: () => void }> {
  if (kind === 'echo') return { agent: createEchoAgent(), describe: 'echo agent', close: () => {} };
  // As `npm start` wires it (src/app/start.ts), on the temporary DATA_DIR the parent passes.
  const config = loadAppConfig(process.env);
  const stelselwijzer = await createStelselwijzer({ config, logger });
  const { assistant, feedback, conversationStorage } = stelselwijzer;
  // The limiter's cost is part of the figures; its limit is out of reach of the bench.
  const limiter = createRateLimiter({ capacity: 1e12, refillPerSecond: 1e12 });
  const agent = createTeamsAgent({ assistant, feedback, logger, storage: conversationStorage, limiter });
  const describe = `Stelselwijzer (${stelselwijzer.mode}; ${stelselwijzer.index.chunks.length} passages)`;
  return { agent, describe, close: () => stelselwijzer.close() };
}

async function main(): Promise<void> {
  const logger = countingLogger();
  const { agent, describe, close } = await createAgent(logger);
  const server: http.Server = await listen(createHttpServer({ agent, authConfig: {}, logger }), 0, '127.0.0.1');
  const send = (message: ServerMessage) => process.send?.(message);
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'memory') {
      if (message.collectGarbage) globalThis.gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      send({ type: 'memory', rss, heapUsed, errorLines: errorLines.splice(0) });
    } else if (message.type === 'stop') {
      server.closeAllConnections();
      server.close(() => {
        close();
        process.exit(0);
      });
    }
  });
  // Without the parent there is nothing to serve.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port: (server.address() as AddressInfo).port, describe });
}

main().catch((error: unknown) => {
  process.send?.({ type: 'failed', message: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies ServerMessage);
  process.exit(1);
});
