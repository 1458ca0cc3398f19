import { describe, expect, it } from 'vitest';
import { parseRegistrationRows } from '../../../src/sources/registrations/parse-registration-rows.ts';
import { RegistrationImportError } from '../../../src/sources/registrations/registration-import-error.ts';
import { csvLines, HEADER, knownTestGemeenten } from './registration-test-store.ts';

function parse(content: string | Uint8Array) {
  return parseRegistrationRows({ content, isKnownGemeenteCode: knownTestGemeenten });
}

function rejection(content: string | Uint8Array): RegistrationImportError {
  try {
    parse(content);
  } catch (error) {
    if (RegistrationImportError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a RegistrationImportError');
}

describe('parseRegistrationRows', () => {
  it('reads a comma-separated file with ISO and Dutch dates and an empty einddatum', () => {
    const { rows, separator } = parse(csvLines(
      HEADER,
      'p1,GM0405,43,43A01,Aanbieder X,2024-02-01,2024-05-31,121,etmaal,350.5,42410.5',
      'p2,gm0405,45,,,01-03-2024,,,,,',
    ));
    expect(separator).toBe(',');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ clientId: 'p1', productcategorie: '43', begindatum: '2024-02-01', einddatum: '2024-05-31', tarief: 350.5, kosten: 42410.5, sourceRow: 2 });
    expect(rows[1]).toMatchObject({ clientId: 'p2', gemeenteCode: 'GM0405', begindatum: '2024-03-01', einddatum: null, aanbieder: null, volume: null, sourceRow: 3 });
  });

  it('detects semicolons and reads Dutch decimal commas and thousands points', () => {
    const { rows, separator } = parse(csvLines(
      'client_id;gemeente_code;productcategorie;begindatum;einddatum;volume;tarief;kosten',
      'p1;GM0405;37;2024-01-01;2024-01-31;31;712,40;€ 22.084,40',
    ));
    expect(separator).toBe(';');
    expect(rows[0]).toMatchObject({ volume: 31, tarief: 712.4, kosten: 22084.4 });
  });

  it('strips a UTF-8 BOM from text and from bytes, and normalises header names', () => {
    const text = `\uFEFF${csvLines('Client ID,Gemeente_Code,productcategorie,Begindatum,einddatum', 'p1,GM0405,45,2024-01-01,')}`;
    expect(parse(text).rows).toHaveLength(1);
    expect(parse(new TextEncoder().encode(text)).rows).toHaveLength(1);
  });

  it('lists every row error with the spreadsheet row number (header = row 1)', () => {
    const error = rejection(csvLines(
      'client_id,gemeente_code,productcategorie,begindatum,einddatum', // row 1
      'ok1,GM0405,45,2024-01-01,', //                                       row 2: fine
      'c3,GM9999,45,2024-01-01,', //                                        row 3: unknown gemeente
      'c4,GM0405,39,2024-01-01,', //                                        row 4: 39 is not an iJw category
      'c5,GM0405,43,31-02-2024,', //                                        row 5: 31 February does not exist
      'c6,GM0405,43,2024-02-01,2024-01-03', //                              row 6: ends before it starts
      'c7,GM0405,43,2024-02-01', //                                         row 7: one column short
    ));
    expect(error.reason).toBe('invalid-rows');
    expect(error.errors.map((e) => e.message)).toEqual([
      "Rij 3: onbekende gemeentecode 'GM9999'",
      "Rij 4: onbekende productcategorie '39'",
      "Rij 5: ongeldige datum '31-02-2024' in begindatum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)",
      'Rij 6: einddatum 2024-01-03 ligt vóór begindatum 2024-02-01',
      "Rij 7: 4 kolommen, de kopregel heeft er 5 (scheidingsteken ',')",
    ]);
    expect(error.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7]);
    expect(error.errors[0]?.column).toBe('gemeente_code');
  });

  it('names a missing required column once, not per row', () => {
    const error = rejection(csvLines('client_id,gemeente_code,begindatum,einddatum', 'p1,GM0405,2024-01-01,', 'p2,GM0405,2024-01-01,'));
    expect(error.reason).toBe('invalid-header');
    expect(error.errors).toEqual([{ row: 1, column: 'productcategorie', message: "Rij 1: verplichte kolom 'productcategorie' ontbreekt in de kopregel" }]);
  });

  it('keeps at most 50 errors but counts them all', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `c${i},GM0405,99,2024-01-01,`);
    const error = rejection(csvLines(HEADER.split(',').slice(0, 3).concat('begindatum', 'einddatum').join(','), ...rows));
    expect(error.errors).toHaveLength(50);
    expect(error.errorCount).toBe(60);
    expect(error.message).toContain('… en nog 10 fouten');
  });

  it('refuses a client_id that looks like a BSN (nine digits passing the elfproef)', () => {
    const error = rejection(csvLines('client_id,gemeente_code,productcategorie,begindatum,einddatum', '111222333,GM0405,45,2024-01-01,'));
    expect(error.errors[0]?.message).toBe("Rij 2: client_id '111222333' lijkt een BSN; gebruik een pseudoniem");
  });

  it('reports blank data, unreadable quoting and non-UTF-8 bytes as RegistrationImportError', () => {
    expect(rejection('').reason).toBe('empty-file');
    expect(rejection(csvLines('client_id,gemeente_code,productcategorie,begindatum,einddatum', '', ' ')).reason).toBe('empty-file');
    expect(rejection('client_id,gemeente_code,productcategorie,begindatum,einddatum\n"p1,GM0405,45,2024-01-01,\n').reason).toBe('unreadable-file');
    expect(rejection(new Uint8Array([0x63, 0x6c, 0xe9, 0x0a])).reason).toBe('unreadable-file');
  });

  it('keeps row numbers of the spreadsheet when a blank line sits between rows', () => {
    const error = rejection(csvLines('client_id,gemeente_code,productcategorie,begindatum,einddatum', 'p1,GM0405,45,2024-01-01,', '', 'p3,GM0405,39,2024-01-01,'));
    expect(error.errors[0]?.row).toBe(4);
  });
});

describe('parseRegistrationRows header hints', () => {
  it('suggests the separator when the header is one column (e.g. tab separated)', () => {
    try {
      parseRegistrationRows({ content: 'client_id\tgemeente_code\tproductcategorie\tbegindatum\teinddatum\nx\tGM0405\t45\t2024-01-01\t\n', isKnownGemeenteCode: knownTestGemeenten });
      expect.unreachable();
    } catch (error) {
      expect(RegistrationImportError.isInstance(error) && error.errors[0]?.message).toContain("komma's of puntkomma's");
      expect((error as RegistrationImportError).errors).toHaveLength(5);
    }
  });
});
