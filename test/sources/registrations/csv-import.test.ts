import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRegistrationCsvFile } from '../../../src/sources/registrations/csv-import.ts';
import { ensureSampleData } from '../../../src/sources/registrations/sample-data.ts';
import { csvLines, importCsv, IMPORT_TIME, knownTestGemeenten, memoryStore } from './registration-test-store.ts';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const ALL_TIME = { from: '2000-01-01', to: '2099-12-31' };

describe('importRegistrationCsv', () => {
  it('stores every row of a valid comma-separated file and reports the import', () => {
    const store = memoryStore();
    const report = importCsv(store, readFileSync(fixture('residentieel-2024.csv')), 'residentieel-2024.csv');
    expect(report).toMatchObject({ status: 'imported', importId: 1, rows: 4, duplicates: 0, errors: [], errorCount: 0 });
    expect(store.reader.findAllocations(ALL_TIME)).toHaveLength(4);
    expect(store.reader.listImports()[0]).toMatchObject({ fileName: 'residentieel-2024.csv', rowCount: 4, isSample: false, importedAt: IMPORT_TIME.toISOString() });
  });

  it('reads a semicolon file with BOM, CRLF, Dutch dates and decimal commas; the row shared with another file is stored once', () => {
    const store = memoryStore();
    importCsv(store, readFileSync(fixture('residentieel-2024.csv')));
    const report = importCsv(store, readFileSync(fixture('residentieel-bom-semicolon.csv')));
    // r2 is new; the r1 row (43, 2024-02-01 … 2024-07-31, 182 × 350 = 63700) is already in the first file.
    expect(report).toMatchObject({ status: 'imported', rows: 1, duplicates: 1 });
    const r2 = store.reader.findAllocations(ALL_TIME).find((a) => a.clientId === 'r2');
    expect(r2).toMatchObject({ productcategorie: '38', begindatum: '2024-04-01', einddatum: '2024-06-30', tarief: 312.5, kosten: null });
    expect(store.reader.findAllocations(ALL_TIME)).toHaveLength(5);
  });

  it('does not import the same file twice and says when it was imported', () => {
    const store = memoryStore();
    const content = readFileSync(fixture('residentieel-2024.csv'));
    importCsv(store, content, 'eerste.csv');
    const again = importCsv(store, content, 'kopie.csv');
    expect(again.status).toBe('already-imported');
    expect(again).toMatchObject({ importId: 1, rows: 0, alreadyImportedAt: IMPORT_TIME.toISOString() });
    expect(again.message).toContain('al geïmporteerd op 2026-11-01');
    expect(store.reader.findAllocations(ALL_TIME)).toHaveLength(4);
    expect(store.reader.listImports()).toHaveLength(1);
  });

  it('writes nothing when any row is wrong and returns all errors by row', () => {
    const store = memoryStore();
    const report = importCsv(store, csvLines(
      'client_id;gemeente_code;productcategorie;begindatum;einddatum;tarief', // row 1
      'g1;GM0405;43;2024-01-01;;350,00', //                                   row 2: valid, still not stored
      'b3;GM0405;43;2024-13-01;;350,00', //                                   row 3: month 13
      'b4;GM0405;43;2024-02-01;2024-01-03;350,00', //                         row 4: ends before start
      'b5;GM0405;39;2024-02-01;;350,00', //                                   row 5: unknown category
      'b6;GM0405;43;2024-02-01;;twaalf', //                                   row 6: tarief not a number
    ));
    expect(report.status).toBe('rejected');
    expect(report.importId).toBeNull();
    expect(report.errors.map((e) => e.row)).toEqual([3, 4, 5, 6]);
    expect(report.errors.map((e) => e.message)).toEqual([
      "Rij 3: ongeldige datum '2024-13-01' in begindatum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)",
      'Rij 4: einddatum 2024-01-03 ligt vóór begindatum 2024-02-01',
      "Rij 5: onbekende productcategorie '39'",
      "Rij 6: ongeldig getal 'twaalf' in tarief",
    ]);
    expect(store.reader.summary()).toMatchObject({ allocationCount: 0, importCount: 0 });
  });

  it('writes nothing when a required column is missing', () => {
    const store = memoryStore();
    const report = importCsv(store, csvLines('client_id,gemeente_code,productcategorie,begindatum', 'c1,GM0405,43,2024-01-01'));
    expect(report.status).toBe('rejected');
    expect(report.errors).toEqual([{ row: 1, column: 'einddatum', message: "Rij 1: verplichte kolom 'einddatum' ontbreekt in de kopregel" }]);
    expect(store.reader.summary().importCount).toBe(0);
  });

  it('a later file with the einddatum filled in updates the toewijzing instead of adding one', () => {
    const store = memoryStore();
    const header = 'client_id,gemeente_code,productcategorie,aanbieder,begindatum,einddatum,kosten';
    importCsv(store, csvLines(header, 'r1,GM0405,43,Aanbieder Noord,2024-02-01,,', 'r2,GM0405,44,Aanbieder Zuid,2024-03-01,,'), 'oktober.csv');
    const report = importCsv(store, csvLines(header, 'r1,GM0405,43,Aanbieder Noord,2024-02-01,2024-09-30,84000', 'r2,GM0405,44,Aanbieder Zuid,2024-03-01,,'), 'november.csv');
    // r1 gets its einddatum and kosten (update); r2 is unchanged (duplicate).
    expect(report).toMatchObject({ status: 'imported', rows: 1, updated: 1, duplicates: 1 });
    const stored = store.reader.findAllocations(ALL_TIME);
    expect(stored).toHaveLength(2);
    expect(stored.find((a) => a.clientId === 'r1')).toMatchObject({ einddatum: '2024-09-30', kosten: 84000, importId: 2 });
  });

  it('counts a row repeated within one file once', () => {
    const store = memoryStore();
    const row = 'r1,GM0405,43,2024-01-01,2024-03-31';
    const report = importCsv(store, csvLines('client_id,gemeente_code,productcategorie,begindatum,einddatum', row, row));
    expect(report).toMatchObject({ rows: 1, duplicates: 1 });
  });

  it('replaces sample data by the first real import', () => {
    const store = memoryStore();
    ensureSampleData({ store, today: '2026-11-01' });
    const report = importCsv(store, readFileSync(fixture('residentieel-2024.csv')));
    expect(report.removedSampleRows).toBeGreaterThan(1000);
    expect(report.message).toContain('voorbeelddata');
    expect(store.reader.listImports()).toEqual([expect.objectContaining({ isSample: false })]);
    expect(store.reader.summary().allocationCount).toBe(4);
  });

  it('imports from a file path under the file name', async () => {
    const store = memoryStore();
    const report = await importRegistrationCsvFile({ store, filePath: fixture('residentieel-2024.csv').pathname, isKnownGemeenteCode: knownTestGemeenten, now: IMPORT_TIME });
    expect(report.status).toBe('imported');
    expect(store.reader.listImports()[0]?.fileName).toBe('residentieel-2024.csv');
  });
});
