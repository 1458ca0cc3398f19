import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RegistrationStore } from '../../../src/sources/registrations/registration-store.ts';
import { csvLines, importCsv } from './registration-test-store.ts';

const HEADER = 'client_id,gemeente_code,productcategorie,begindatum,einddatum';
const YEAR = { from: '2024-01-01', to: '2024-12-31' } as const;

const directories: string[] = [];
const stores: RegistrationStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function openTwice(): [RegistrationStore, RegistrationStore] {
  const directory = mkdtempSync(path.join(tmpdir(), 'registrations-cache-'));
  directories.push(directory);
  const filePath = path.join(directory, 'registrations.sqlite');
  const pair: [RegistrationStore, RegistrationStore] = [RegistrationStore.open({ filePath }), RegistrationStore.open({ filePath })];
  stores.push(...pair);
  return pair;
}

describe('registration reader: results kept until the data changes', () => {
  it('answers a repeated query from what it read before, read-only', () => {
    const [store] = openTwice();
    importCsv(store, csvLines(HEADER, 'r1,GM0405,43,2024-01-01,'));
    const first = store.reader.findAllocations(YEAR);
    expect(store.reader.findAllocations(YEAR)).toBe(first);
    expect(store.reader.summary()).toBe(store.reader.summary());
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
  });

  it('reads again after an import through the same store', () => {
    const [store] = openTwice();
    importCsv(store, csvLines(HEADER, 'r1,GM0405,43,2024-01-01,'));
    expect(store.reader.findAllocations(YEAR)).toHaveLength(1);
    expect(store.reader.summary().allocationCount).toBe(1);
    importCsv(store, csvLines(HEADER, 'r2,GM0405,43,2024-03-01,'));
    expect(store.reader.findAllocations(YEAR)).toHaveLength(2);
    expect(store.reader.summary()).toMatchObject({ allocationCount: 2, importCount: 2 });
    expect(store.reader.listImports()).toHaveLength(2);
  });

  it('reads again after another process imported into the same file (as cli import-registrations does)', () => {
    const [bot, cli] = openTwice();
    importCsv(bot, csvLines(HEADER, 'r1,GM0405,43,2024-01-01,'));
    expect(bot.reader.findAllocations(YEAR)).toHaveLength(1);
    importCsv(cli, csvLines(HEADER, 'r2,GM0405,43,2024-03-01,', 'r3,GM0405,43,2024-04-01,'));
    expect(bot.reader.findAllocations(YEAR)).toHaveLength(3);
    expect(bot.reader.summary().allocationCount).toBe(3);
  });
});
