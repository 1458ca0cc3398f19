import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { RegistrationStore } from '../../../src/sources/registrations/registration-store.ts';
import { csvLines, importCsv } from './registration-test-store.ts';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function tempFile(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'registrations-'));
  directories.push(directory);
  return path.join(directory, 'nested', 'registrations.sqlite');
}

describe('RegistrationStore', () => {
  it('creates the file in WAL mode with both tables and keeps data across reopen', () => {
    const filePath = tempFile();
    const store = RegistrationStore.open({ filePath });
    importCsv(store, csvLines('client_id,gemeente_code,productcategorie,begindatum,einddatum', 'r1,GM0405,43,2024-01-01,'));
    store.close();

    const raw = new Database(filePath, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['imports', 'toewijzingen']));
    raw.close();

    const reopened = RegistrationStore.open({ filePath });
    expect(reopened.reader.summary()).toMatchObject({ allocationCount: 1, importCount: 1, gemeenteCodes: ['GM0405'] });
    reopened.close();
  });

  it('gives tools a frozen reader without write methods', () => {
    const store = RegistrationStore.open({ filePath: ':memory:' });
    expect(Object.keys(store.reader).sort()).toEqual(['findAllocations', 'listImports', 'summary']);
    expect(Object.isFrozen(store.reader)).toBe(true);
    expect('writeImport' in store.reader).toBe(false);
  });

  it('treats SQL-looking filter values as data', () => {
    const store = RegistrationStore.open({ filePath: ':memory:' });
    importCsv(store, csvLines('client_id,gemeente_code,productcategorie,begindatum,einddatum', 'r1,GM0405,43,2024-01-01,'));
    const found = store.reader.findAllocations({ from: '2024-01-01', to: '2024-12-31', gemeenteCode: "GM0405' OR '1'='1", productcategorieen: ["43') OR 1=1 --"] });
    expect(found).toEqual([]);
    expect(store.reader.summary().allocationCount).toBe(1);
  });
});

describe('openRegistrationData', () => {
  it('opens DATA_DIR/registrations.sqlite and loads the sample once', async () => {
    const { openRegistrationData } = await import('../../../src/sources/registrations/open-registration-data.ts');
    const dataDir = path.dirname(tempFile());
    const first = openRegistrationData({ dataDir, today: '2026-11-01' });
    expect(first.sample?.loaded).toBe(true);
    first.store.close();
    const second = openRegistrationData({ dataDir, today: '2026-11-02' });
    expect(second.sample?.loaded).toBe(false);
    expect(second.store.filePath).toBe(path.join(dataDir, 'registrations.sqlite'));
    second.store.close();
  });
});
