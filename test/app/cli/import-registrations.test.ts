import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../../src/app/config/app-config.ts';
import { openRegistrationData } from '../../../src/sources/registrations/index.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const run = promisify(execFile);
const BIN = path.join(PROJECT_DIR, 'bin', 'stelselwijzer.js');

describe('cli import-registrations', () => {
  const temp = makeTempDir();
  const env = { ...process.env, DATA_DIR: temp.dir, LOG_LEVEL: 'silent' };
  const cli = (...args: string[]) => run(process.execPath, [BIN, ...args], { cwd: PROJECT_DIR, env });
  afterAll(() => temp.cleanup());

  it('rejects a malformed CSV as a whole, listing the errors by row, with exit code 2, and stores nothing', async () => {
    const bad = path.join(temp.dir, 'bad.csv');
    fs.writeFileSync(bad, 'client_id,gemeente_code,productcategorie,begindatum,einddatum\nc1,GM0344,37,2024-02-01,2024-01-03\nc2,GM0344,39,2024-01-01,\nc3,GM0344,45,2024-01-01,\n');
    const failure = await cli('import-registrations', bad).catch((error: { code: number; stdout: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stdout: string }).stdout).toMatch(/Rij 2: einddatum 2024-01-03 ligt vóór begindatum 2024-02-01/);
    expect((failure as { stdout: string }).stdout).toMatch(/Rij 3: onbekende productcategorie '39'/);
    const { store } = openRegistrationData({ dataDir: temp.dir, loadSample: false });
    expect(store.reader.listImports().filter((i) => !i.isSample)).toEqual([]);
    store.close();
  });

  it('imports a valid CSV once; importing it again counts nothing twice', async () => {
    const file = path.join(PROJECT_DIR, 'test', 'sources', 'registrations', 'fixtures', 'residentieel-2024.csv');
    const first = await cli('import-registrations', file);
    expect(first.stdout).toMatch(/^\d+ toewijzingen geïmporteerd uit residentieel-2024\.csv/);
    const second = await cli('import-registrations', file);
    expect(second.stdout).toMatch(/al geïmporteerd/);
  });
});
