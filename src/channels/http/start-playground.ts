import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { recordLastLines, watchPlaygroundStartup, type PlaygroundStartup } from './playground-startup.ts';

export interface StartedPlayground {
  child: ChildProcess;
  /** Settles when the playground listens on its port, exits during start-up, or takes too long. */
  startup: Promise<PlaygroundStartup>;
}

/**
 * Starts the Microsoft 365 Agents Playground (a local Teams-like client, dev dependency) connected
 * to the bot's messages endpoint. Returns undefined when the package is not installed.
 */
export function startPlayground(options: { projectDir: string; botPort: number; port: number; logger: Logger }): StartedPlayground | undefined {
  const cli = path.join(options.projectDir, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  if (!fs.existsSync(cli)) {
    options.logger.warn('Agents Playground is not installed (npm install without --omit=dev installs it)');
    return undefined;
  }
  const child = spawn(
    process.execPath,
    [cli, '-e', `http://localhost:${options.botPort}/api/messages`, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'],
    // The playground reads TEAMSAPPTESTER_BROWSER, not BROWSER: without it, it tries to open a browser
    // and, where none can be opened (a server, a container), exits with code 1 right after start-up.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none', TEAMSAPPTESTER_BROWSER: 'none' } },
  );
  const lastLines = recordLastLines(child);
  child.stdout?.on('data', (data: Buffer) => options.logger.debug({ playground: data.toString().trim() }, 'playground'));
  child.stderr?.on('data', (data: Buffer) => options.logger.debug({ playground: data.toString().trim() }, 'playground'));
  child.on('exit', (code, signal) => options.logger.info({ code, signal }, 'playground stopped'));
  return { child, startup: watchPlaygroundStartup({ child, port: options.port, lastLines }) };
}
