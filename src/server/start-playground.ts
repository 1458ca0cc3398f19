import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';

/**
 * Starts the Microsoft 365 Agents Playground (a local Teams-like client, dev dependency) connected
 * to the bot's messages endpoint. Returns undefined when the package is not installed.
 */
export function startPlayground(options: { projectDir: string; botPort: number; port: number; logger: Logger }): ChildProcess | undefined {
  const cli = path.join(options.projectDir, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  if (!fs.existsSync(cli)) {
    options.logger.warn('Agents Playground is not installed (npm install without --omit=dev installs it)');
    return undefined;
  }
  const child = spawn(
    process.execPath,
    [cli, '-e', `http://localhost:${options.botPort}/api/messages`, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none' } },
  );
  child.stdout?.on('data', (data: Buffer) => options.logger.debug({ playground: data.toString().trim() }, 'playground'));
  child.stderr?.on('data', (data: Buffer) => options.logger.debug({ playground: data.toString().trim() }, 'playground'));
  child.on('exit', (code) => options.logger.info({ code }, 'playground stopped'));
  return child;
}
