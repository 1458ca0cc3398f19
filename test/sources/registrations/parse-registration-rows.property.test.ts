import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegistrationRows } from '../../../src/sources/registrations/parse-registration-rows.ts';
import { RegistrationImportError } from '../../../src/sources/registrations/registration-import-error.ts';

const HEADER = 'client_id;gemeente_code;productcategorie;begindatum;einddatum;volume;tarief;kosten';

/** Characters that matter to a CSV reader, so random text often looks almost like a registration file. */
const csvish = fc.string({
  unit: fc.constantFrom(',', ';', '"', '\n', '\r', '\uFEFF', '-', '.', ' ', '€', '0', '1', '2', '3', '4', '9', 'G', 'M', 'a', 'é', '\u0000'),
  maxLength: 300,
});

const fieldLike = fc.oneof(
  fc.constantFrom('', 'GM0405', 'GM9999', '43', '39', '2024-02-30', '31-02-2024', '2024-01-01', '12,50', '1.250,00', '-3', 'NaN', 'Infinity', '1e400'),
  fc.string({ maxLength: 12 }),
);
const almostValidFile = fc
  .array(fc.array(fieldLike, { minLength: 6, maxLength: 9 }), { maxLength: 20 })
  .map((rows) => [HEADER, ...rows.map((row) => row.join(';'))].join('\n'));

function parseOrExpectImportError(content: string | Uint8Array): void {
  try {
    const parsed = parseRegistrationRows({ content });
    for (const row of parsed.rows) {
      expect(row.einddatum === null || row.einddatum >= row.begindatum).toBe(true);
      for (const amount of [row.volume, row.tarief, row.kosten]) {
        expect(amount === null || (Number.isFinite(amount) && amount >= 0)).toBe(true);
      }
    }
  } catch (error) {
    expect(RegistrationImportError.isInstance(error), `unexpected ${String(error)}`).toBe(true);
    const importError = error as RegistrationImportError;
    expect(importError.errors.length).toBeGreaterThan(0);
    expect(importError.errors.length).toBeLessThanOrEqual(50);
    for (const rowError of importError.errors) expect(rowError.row).toBeGreaterThanOrEqual(1);
  }
}

describe('parseRegistrationRows on arbitrary input', () => {
  it('throws nothing but RegistrationImportError for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), parseOrExpectImportError), { numRuns: 300 });
  });

  it('throws nothing but RegistrationImportError for CSV-like text', () => {
    fc.assert(fc.property(csvish, parseOrExpectImportError), { numRuns: 500 });
  });

  it('throws nothing but RegistrationImportError for arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), parseOrExpectImportError), { numRuns: 300 });
  });

  it('only returns valid rows for files with a correct header and random fields', () => {
    fc.assert(fc.property(almostValidFile, parseOrExpectImportError), { numRuns: 300 });
  });
});
