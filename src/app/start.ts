import 'dotenv/config';
import type http from 'node:http';
import { createTeamsAgent } from '../channels/teams/index.ts';
import { createStelselwijzer } from './composition-root.ts';
import { loadAppConfig } from './config/index.ts';
import { UserFacingError } from '../lib/errors/index.ts';
import { createLogger } from '../lib/logging/index.ts';
import { createHttpServer, listen } from '../channels/http/index.ts';
import { createRateLimiter } from '../channels/http/index.ts';
import { describePlaygroundStartup } from '../channels/http/index.ts';
import { startPlayground } from '../channels/http/index.ts';

/** `npm start`: the bot on PORT and, in local mode, the Agents Playground connected to it. */
async function start(): Promise<void> {
  const config = loadAppConfig();
  const logger = createLogger({ level: config.logLevel });
  const stelselwijzer = await createStelselwijzer({ config, logger });
  const { assistant, index, feedback, conversationStorage } = stelselwijzer;
  const limiter = createRateLimiter({ capacity: config.rateLimit.burst, refillPerSecond: config.rateLimit.perMinute / 60 });
  const agent = createTeamsAgent({ assistant, feedback, logger, storage: conversationStorage, limiter });
  const app = createHttpServer({ agent, authConfig: config.auth, logger, isReady: () => index.chunks.length > 0 });
  const server = await listen(app, config.port);
  const botUrl = `http://localhost:${config.port}/api/messages`;
  const answers = stelselwijzer.mode === 'llm' ? 'antwoorden met taalmodel' : 'antwoorden zonder taalmodel (offline)';
  console.log(`Stelselwijzer luistert op ${botUrl} (${config.mode === 'local' ? 'lokale modus, zonder inloggen' : 'productiemodus'}; ${answers}; ${index.chunks.length} passages uit ${Object.keys(index.manifest.documents).length} documenten)`);
  const playground = config.playground.enabled
    ? startPlayground({ projectDir: config.projectDir, botPort: config.port, port: config.playground.port, logger })
    : undefined;
  if (playground) {
    const ports = { botPort: config.port, port: config.playground.port };
    void playground.startup.then((outcome) => {
      if (outcome.kind === 'ready') console.log(`Agents Playground (chat in de browser): http://localhost:${config.playground.port}`);
      else console.error(describePlaygroundStartup(outcome, ports));
    });
  }
  const stop = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    playground?.child.kill('SIGTERM');
    closeGracefully(server, () => {
      stelselwijzer.close();
      process.exit(0);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/** Stops accepting connections and lets in-flight requests finish, with a time limit. */
function closeGracefully(server: http.Server, done: () => void): void {
  const timer = setTimeout(done, 10_000);
  timer.unref();
  server.close(() => done());
  server.closeIdleConnections();
}

start().catch((error: unknown) => {
  // A setting, an index or a prompt the operator can fix: the message says what to do.
  if (UserFacingError.isUserFacing(error)) {
    console.error(error.message);
    process.exit(error.exitCode);
  }
  console.error(`Stelselwijzer kon niet starten: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
