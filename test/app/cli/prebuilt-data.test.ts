import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppConfig, PROJECT_DIR } from '../../../src/app/config/app-config.ts';
import { ConfigError } from '../../../src/lib/errors/config-error.ts';
import { createStelselwijzer } from '../../../src/app/composition-root.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { directorySnapshot } from '../../support/directory-snapshot.ts';

const run = promisify(execFile);
const BIN = path.join(PROJECT_DIR, 'bin', 'stelselwijzer.js');
const FIXTURE = path.join(PROJECT_DIR, 'test', 'sources', 'registrations', 'fixtures', 'residentieel-2024.csv');
const REGISTRATION_QUESTION = 'Hoeveel residentiële plaatsingen hadden we in 2024?';

/**
 * Several instances: the knowledge index (INDEX_DIR) and the registration store
 * (REGISTRATIONS_FILE) are built by a job with the CLI and only read by every instance.
 */
describe('prebuilt index and registration store (INDEX_DIR, REGISTRATIONS_FILE)', () => {
  const temp = makeTempDir();
  const indexDir = path.join(temp.dir, 'package', 'build', 'index');
  const registrationsFile = path.join(temp.dir, 'share', 'registrations.sqlite');
  const jobDataDir = path.join(temp.dir, 'job-data');
  const env = (extra: Record<string, string>) => ({ ...process.env, LOG_LEVEL: 'silent', PLAYGROUND: 'off', ...extra });
  const jobEnv = env({ DATA_DIR: jobDataDir, INDEX_DIR: indexDir, REGISTRATIONS_FILE: registrationsFile });
  const cli = (cliEnv: NodeJS.ProcessEnv, ...args: string[]) => run(process.execPath, [BIN, ...args], { cwd: PROJECT_DIR, env: cliEnv, maxBuffer: 16 * 1024 * 1024 });

  beforeAll(async () => {
    const ingest = await cli(jobEnv, 'ingest', 'knowledge');
    expect(ingest.stdout).toContain(`Index: ${indexDir}`);
    const imported = await cli(jobEnv, 'import-registrations', FIXTURE);
    expect(imported.stdout).toMatch(/^4 toewijzingen geïmporteerd uit residentieel-2024\.csv/);
  }, 120_000);

  afterAll(() => temp.cleanup());

  it('the job writes the index into INDEX_DIR and the registration into REGISTRATIONS_FILE, self-contained and without voorbeelddata', () => {
    expect(fs.existsSync(path.join(indexDir, 'manifest.json'))).toBe(true);
    expect(fs.existsSync(path.join(jobDataDir, 'index'))).toBe(false);
    expect(fs.existsSync(path.join(jobDataDir, 'registrations.sqlite'))).toBe(false);
    expect(fs.readdirSync(path.dirname(registrationsFile))).toEqual(['registrations.sqlite']);
    const raw = new Database(registrationsFile, { readonly: true, fileMustExist: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(raw.prepare('SELECT file_name AS fileName, is_sample AS isSample FROM imports').all()).toEqual([{ fileName: 'residentieel-2024.csv', isSample: 0 }]);
    } finally {
      raw.close();
    }
  });

  it('createStelselwijzer answers from both as they are and writes to neither', async () => {
    const index = directorySnapshot(indexDir);
    const registration = directorySnapshot(path.dirname(registrationsFile));
    const instanceDataDir = path.join(temp.dir, 'instance-1');
    const config = loadAppConfig({ DATA_DIR: instanceDataDir, INDEX_DIR: indexDir, REGISTRATIONS_FILE: registrationsFile, LOG_LEVEL: 'silent' });
    const stelselwijzer = await createStelselwijzer({ config });
    try {
      const knowledge = await stelselwijzer.assistant.ask({ question: 'Wat is taakgerichte bekostiging?' });
      expect(knowledge).toMatchObject({ intent: 'knowledge', abstained: false });
      expect(knowledge.citations.length).toBeGreaterThan(0);
      expect(knowledge.citations[0]!.source).toMatch(/^knowledge\/.+\.md$/);
      expect(knowledge.answer).toContain('[1]');

      const data = await stelselwijzer.assistant.ask({ question: REGISTRATION_QUESTION });
      expect(data.toolCalls[0]?.name).toBe('query_registrations');
      expect(data.answer).toContain('**1 unieke cliënten**');
      expect(data.answer).toMatch(/Eigen registratie, import \d{4}-\d{2}-\d{2}/);
      expect(data.answer).not.toMatch(/voorbeelddata/);
    } finally {
      stelselwijzer.close();
    }
    expect(directorySnapshot(indexDir)).toEqual(index);
    expect(directorySnapshot(path.dirname(registrationsFile))).toEqual(registration);
    expect(fs.existsSync(path.join(instanceDataDir, 'index'))).toBe(false);
    expect(fs.existsSync(path.join(instanceDataDir, 'registrations.sqlite'))).toBe(false);
  }, 60_000);

  it('cli ask without --index uses INDEX_DIR and REGISTRATIONS_FILE', async () => {
    const batch = path.join(temp.dir, 'questions.txt');
    fs.writeFileSync(batch, `Wat is een lumpsum?\n${REGISTRATION_QUESTION}\n`);
    const { stdout } = await cli(env({ DATA_DIR: path.join(temp.dir, 'instance-cli'), INDEX_DIR: indexDir, REGISTRATIONS_FILE: registrationsFile }), 'ask', '--batch', batch, '--json');
    const [knowledge, data] = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(knowledge.citations.length).toBeGreaterThan(0);
    expect(data.answer).toContain('**1 unieke cliënten**');
    expect(data.answer).not.toMatch(/voorbeelddata/);
    expect(fs.existsSync(path.join(temp.dir, 'instance-cli', 'index'))).toBe(false);
  }, 60_000);

  it('cli tool query_registrations reads REGISTRATIONS_FILE too', async () => {
    const instance = path.join(temp.dir, 'instance-tool');
    const input = JSON.stringify({ metric: 'residentiele_plaatsingen', from: '2024-01-01', to: '2024-12-31' });
    const { stdout } = await cli(env({ DATA_DIR: instance, INDEX_DIR: indexDir, REGISTRATIONS_FILE: registrationsFile }), 'tool', 'query_registrations', '--input', input);
    const output = JSON.parse(stdout) as { clients: number; source: { isSample: boolean } };
    expect(output.clients).toBe(1);
    expect(output.source.isSample).toBe(false);
    expect(fs.existsSync(path.join(instance, 'registrations.sqlite'))).toBe(false);
  }, 60_000);

  it('a missing INDEX_DIR is a clear start-up error and no index is built', async () => {
    const missing = path.join(temp.dir, 'no-index');
    const dataDir = path.join(temp.dir, 'instance-missing-index');
    const config = loadAppConfig({ DATA_DIR: dataDir, INDEX_DIR: missing, REGISTRATIONS_FILE: registrationsFile, LOG_LEVEL: 'silent' });
    const error = await createStelselwijzer({ config }).then(
      () => expect.unreachable(),
      (reason: unknown) => reason,
    );
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(`INDEX_DIR: geen index in ${missing}`);
    expect((error as Error).message).toContain(`INDEX_DIR=${missing} npm run cli -- ingest knowledge`);
    expect(fs.existsSync(missing)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'index'))).toBe(false);

    // What `npm start` and `cli ask` print: the message, no stack trace, and the same exit code 2.
    const startEnv = env({ DATA_DIR: dataDir, INDEX_DIR: missing });
    const start = await run(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'src', 'app', 'start.ts')], { cwd: PROJECT_DIR, env: startEnv }).catch((failure: { code: number; stderr: string }) => failure);
    expect(start).toMatchObject({ code: 2, stderr: expect.stringContaining(`INDEX_DIR: geen index in ${missing}`) });
    expect((start as { stderr: string }).stderr).not.toMatch(/^\s+at /m);
    await expect(cli(startEnv, 'ask', 'Wat is een lumpsum?')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('npm run cli -- ingest knowledge') });
    expect(fs.existsSync(missing)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'index'))).toBe(false);
  }, 60_000);

  it('a missing REGISTRATIONS_FILE is a clear start-up error and creates no file', async () => {
    const missing = path.join(temp.dir, 'no-share', 'registrations.sqlite');
    const dataDir = path.join(temp.dir, 'instance-missing-registrations');
    const config = loadAppConfig({ DATA_DIR: dataDir, INDEX_DIR: indexDir, REGISTRATIONS_FILE: missing, LOG_LEVEL: 'silent' });
    const error = await createStelselwijzer({ config }).then(
      () => expect.unreachable(),
      (reason: unknown) => reason,
    );
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(`REGISTRATIONS_FILE: bestand ${missing} bestaat niet`);
    expect((error as Error).message).toContain(`REGISTRATIONS_FILE=${missing} npm run cli -- import-registrations <export.csv>`);
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'registrations.sqlite'))).toBe(false);
  });
});
