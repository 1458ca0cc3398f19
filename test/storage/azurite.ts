import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_DIR } from '../../src/app/config/app-config.ts';
import { freePort } from '../support/free-port.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** The well-known Azurite development connection string, on this instance's port. */
  connectionString: string;
  stop(): Promise<void>;
}

/** Starts Azurite's Blob service on a free loopback port with a temporary data folder. */
export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const temp = makeTempDir('stelselwijzer-azurite-');
  const main = path.join(PROJECT_DIR, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const child = spawn(
    process.execPath,
    [main, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', temp.dir, '--silent', '--skipApiVersionCheck', '--loose'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Should the test process end without afterAll (a crash, a timeout), Azurite must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopProcess(child);
    temp.cleanup();
  };
  try {
    await waitForPort({ port, child, timeoutMs: 15_000 });
  } catch (error) {
    await stop();
    throw new Error(`Azurite did not start: ${(error as Error).message}\n${stderr}`);
  }
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
  return { connectionString, stop };
}

async function waitForPort(options: { port: number; child: ChildProcess; timeoutMs: number }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (options.child.exitCode !== null) throw new Error(`exited with code ${options.child.exitCode}`);
    if (await answers(options.port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`port ${options.port} did not answer within ${options.timeoutMs} ms`);
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

let containerCount = 0;

/** A container name of its own for each test, so tests never see each other's blobs. */
export function uniqueContainerName(prefix = 'test'): string {
  containerCount += 1;
  return `${prefix}-${process.pid}-${containerCount}-${Date.now().toString(36)}`;
}
