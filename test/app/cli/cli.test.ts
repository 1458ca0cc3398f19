import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../../src/app/config/app-config.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const run = promisify(execFile);
const BIN = path.join(PROJECT_DIR, 'bin', 'stelselwijzer.js');

describe('CLI (bin/stelselwijzer.js)', () => {
  const temp = makeTempDir();
  const indexDir = path.join(temp.dir, 'idx');
  const env = { ...process.env, DATA_DIR: path.join(temp.dir, 'data'), LOG_LEVEL: 'silent' };
  const cli = (...args: string[]) => run(process.execPath, [BIN, ...args], { cwd: PROJECT_DIR, env, maxBuffer: 16 * 1024 * 1024 });

  beforeAll(async () => {
    const { stdout } = await cli('ingest', 'knowledge', '--index', indexDir);
    expect(stdout).toMatch(/\d+ documenten, \d+ passages/);
  }, 120_000);

  afterAll(() => temp.cleanup());

  it('ask --json prints the answer contract with a citation from knowledge/', async () => {
    const { stdout } = await cli('ask', '--json', 'Wat is taakgerichte bekostiging?', '--index', indexDir);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['question', 'language', 'mode', 'intent', 'answer', 'citations', 'toolCalls', 'abstained', 'timings']));
    expect(result).toMatchObject({ question: 'Wat is taakgerichte bekostiging?', language: 'nl', mode: 'offline', intent: 'knowledge', abstained: false });
    expect(result.citations.length).toBeGreaterThan(0);
    for (const citation of result.citations) {
      expect(Object.keys(citation)).toEqual(expect.arrayContaining(['n', 'docId', 'title', 'source', 'snippet']));
      expect(citation.source).toMatch(/^knowledge\/.+\.md$/);
      expect(fs.existsSync(path.join(PROJECT_DIR, citation.source))).toBe(true);
      expect(result.answer).toContain(`[${citation.n}]`);
    }
    expect(typeof result.timings.totalMs).toBe('number');
  });

  it('ask prints the answer and a numbered source list for people', async () => {
    const { stdout } = await cli('ask', 'Wat is taakgerichte bekostiging?', '--index', indexDir);
    expect(stdout).toMatch(/\[1\]/);
    expect(stdout).toMatch(/Bronnen:\n\[1\] .+ — knowledge\//);
  });

  it('ask --batch --json answers one JSON object per line', async () => {
    const batch = path.join(temp.dir, 'questions.txt');
    fs.writeFileSync(batch, 'Wat is taakgerichte bekostiging?\n\nWhat are the preconditions for task-based funding?\nWat is de hoofdstad van Australië?\n');
    const { stdout } = await cli('ask', '--batch', batch, '--json', '--index', indexDir);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.question)).toEqual([
      'Wat is taakgerichte bekostiging?',
      'What are the preconditions for task-based funding?',
      'Wat is de hoofdstad van Australië?',
    ]);
    expect(lines[1].language).toBe('en');
    expect(lines[2].abstained).toBe(true);
  });

  it('without --index uses the default index under DATA_DIR, building it first', async () => {
    const { stdout } = await cli('ask', '--json', 'Wat is een lumpsum?');
    expect(JSON.parse(stdout).citations.length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(temp.dir, 'data', 'index', 'manifest.json'))).toBe(true);
  }, 120_000);

  it('reports CBS that cannot be reached without internals, with exit code 1 (try again later)', async () => {
    const closed = 'http://127.0.0.1:9';
    const input = JSON.stringify({ indicatorId: 'jeugdhulp_totaal', gemeenteCodes: ['GM0344'], years: [2023] });
    const failure = await run(process.execPath, [BIN, 'tool', 'query_indicator', '--input', input], {
      cwd: PROJECT_DIR,
      env: { ...env, DATA_DIR: path.join(temp.dir, 'no-cbs'), CBS_ODATA_V4_URL: closed, CBS_ODATA_V3_URL: closed },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('CBS StatLine is nu niet bereikbaar') });
    expect((failure as { stderr: string }).stderr).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|^\s+at /m);
  }, 60_000);

  it('reports a missing index and a wrong command clearly, with exit code 2', async () => {
    await expect(cli('ask', 'x', '--index', path.join(temp.dir, 'nope'))).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/Geen index/) });
    await expect(cli('frobnicate')).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/Onbekend commando/) });
  });
});
