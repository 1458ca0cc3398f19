import { importRegistrationCsv, type RegistrationImportReport } from '../../../src/sources/registrations/csv-import.ts';
import type { GemeenteCodeValidator } from '../../../src/sources/registrations/gemeente-codes.ts';
import { RegistrationStore } from '../../../src/sources/registrations/registration-store.ts';

/** The gemeenten the hand-made fixtures use; GM9999 is deliberately unknown. */
export const knownTestGemeenten: GemeenteCodeValidator = (code) => ['GM0405', 'GM0398', 'GM0344'].includes(code);

export const IMPORT_TIME = new Date('2026-11-01T09:00:00Z');

export function memoryStore(): RegistrationStore {
  return RegistrationStore.open({ filePath: ':memory:' });
}

export function importCsv(store: RegistrationStore, csv: string | Uint8Array, fileName = 'test.csv'): RegistrationImportReport {
  return importRegistrationCsv({ store, fileName, content: csv, isKnownGemeenteCode: knownTestGemeenten, now: IMPORT_TIME });
}

/** Joins lines with '\n' and a final newline: one CSV line per array entry. */
export function csvLines(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

export const HEADER = 'client_id,gemeente_code,productcategorie,productcode,aanbieder,begindatum,einddatum,volume,eenheid,tarief,kosten';
