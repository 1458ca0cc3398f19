import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/lib/errors/config-error.ts';
import { openAssistantRegistration } from '../../../src/sources/registrations/open-registration-data.ts';
import { openPrebuiltRegistrations } from '../../../src/sources/registrations/open-prebuilt-registrations.ts';
import { RegistrationStore } from '../../../src/sources/registrations/registration-store.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { csvLines, importCsv } from './registration-test-store.ts';
import { directorySnapshot } from '../../support/directory-snapshot.ts';
import { configErrorOf } from '../../support/config-error-of.ts';

const HEADER = 'client_id,gemeente_code,productcategorie,begindatum,einddatum';
const YEAR = { from: '2024-01-01', to: '2024-12-31' } as const;

describe('prebuilt registration store (REGISTRATIONS_FILE)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  const stores: RegistrationStore[] = [];
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    temp.cleanup();
  });

  /** A store as the import job leaves it: journal mode DELETE, one toewijzing. */
  function buildStore(): string {
    const filePath = path.join(temp.dir, 'share', 'registrations.sqlite');
    const job = RegistrationStore.open({ filePath, journalMode: 'delete' });
    importCsv(job, csvLines(HEADER, 'r1,GM0405,43,2024-01-01,'));
    job.close();
    return filePath;
  }

  const open = (filePath: string): RegistrationStore => {
    const store = openPrebuiltRegistrations({ filePath });
    stores.push(store);
    return store;
  };

  it('a store opened with journal mode DELETE stays a single file', () => {
    const filePath = buildStore();
    expect(fs.readdirSync(path.dirname(filePath))).toEqual(['registrations.sqlite']);
    const raw = new Database(filePath, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
  });

  it('is read as it is, without sample data, and nothing is written to it or next to it', () => {
    const filePath = buildStore();
    const before = directorySnapshot(path.dirname(filePath));
    const store = openAssistantRegistration({ location: { file: filePath, prebuilt: true }, today: '2026-11-01' });
    stores.push(store);
    expect(store.readOnly).toBe(true);
    expect(store.reader.findAllocations(YEAR)).toHaveLength(1);
    expect(store.reader.listImports().some((record) => record.isSample)).toBe(false);
    expect(() => importCsv(store, csvLines(HEADER, 'r2,GM0405,43,2024-01-01,'))).toThrow(/readonly/);
    store.close();
    expect(directorySnapshot(path.dirname(filePath))).toEqual(before);
  });

  it('the reader on the read-only connection sees a later import by the job', () => {
    const filePath = buildStore();
    const store = open(filePath);
    const first = store.reader.findAllocations(YEAR);
    expect(store.reader.findAllocations(YEAR)).toBe(first);

    const job = RegistrationStore.open({ filePath, journalMode: 'delete' });
    importCsv(job, csvLines(HEADER, 'r2,GM0405,44,2024-03-01,'), 'second.csv');
    job.close();
    expect(store.reader.findAllocations(YEAR).map((allocation) => allocation.clientId)).toEqual(['r1', 'r2']);
  });

  it('a missing file: the error names REGISTRATIONS_FILE and the command that builds it, and creates nothing', () => {
    const filePath = path.join(temp.dir, 'share', 'registrations.sqlite');
    const error = configErrorOf(() => openPrebuiltRegistrations({ filePath }));
    expect(error.problems).toEqual([expect.stringMatching(/^REGISTRATIONS_FILE: bestand .+ bestaat niet/)]);
    expect(error.message).toContain(`REGISTRATIONS_FILE=${filePath} npm run cli -- import-registrations <export.csv>`);
    expect(fs.existsSync(path.dirname(filePath))).toBe(false);
  });

  it('a database without the registration tables, or no database at all, is refused', () => {
    const empty = path.join(temp.dir, 'empty.sqlite');
    const other = new Database(empty);
    other.exec('CREATE TABLE something (x)');
    other.close();
    expect(configErrorOf(() => openPrebuiltRegistrations({ filePath: empty })).message).toMatch(
      /REGISTRATIONS_FILE: .+ is geen registratie van Stelselwijzer .*tabellen ontbreken \/ tables missing: imports, toewijzingen/,
    );

    const csv = path.join(temp.dir, 'export.csv');
    fs.writeFileSync(csv, csvLines(HEADER, 'r1,GM0405,43,2024-01-01,'));
    expect(configErrorOf(() => openPrebuiltRegistrations({ filePath: csv })).message).toMatch(/REGISTRATIONS_FILE: .+ is geen registratie van Stelselwijzer/);
  });

  it('a store in WAL mode is refused before SQLite would create -wal and -shm files next to it', () => {
    const dir = path.join(temp.dir, 'wal');
    const filePath = path.join(dir, 'registrations.sqlite');
    const local = RegistrationStore.open({ filePath });
    importCsv(local, csvLines(HEADER, 'r1,GM0405,43,2024-01-01,'));
    local.close();
    const before = directorySnapshot(dir);
    expect(configErrorOf(() => openPrebuiltRegistrations({ filePath })).message).toMatch(/REGISTRATIONS_FILE: .+ staat in WAL-modus/);
    expect(directorySnapshot(dir)).toEqual(before);

    // The import job opens it with journal mode DELETE, which makes it self-contained.
    RegistrationStore.open({ filePath, journalMode: 'delete' }).close();
    expect(open(filePath).reader.summary().allocationCount).toBe(1);
    expect(fs.readdirSync(dir)).toEqual(['registrations.sqlite']);
  });
});
