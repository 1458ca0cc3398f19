import { readCsvTable, type CsvSeparator } from './csv-table.ts';
import { defaultGemeenteCodeValidator, type GemeenteCodeValidator } from './gemeente-codes.ts';
import { RegistrationImportError, type RegistrationRowError } from './registration-import-error.ts';
import {
  readClientId,
  readDate,
  readGemeenteCode,
  readOptionalAmount,
  readOptionalDate,
  readOptionalText,
  readProductcategorie,
  type FieldResult,
} from './registration-fields.ts';
import type { RegistrationRow } from './registration-row.ts';

export const REQUIRED_COLUMNS = ['client_id', 'gemeente_code', 'productcategorie', 'begindatum', 'einddatum'] as const;
export const OPTIONAL_COLUMNS = ['productcode', 'aanbieder', 'volume', 'eenheid', 'tarief', 'kosten'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export interface ParseRegistrationRowsOptions {
  /** CSV text or raw bytes (UTF-8, BOM allowed). */
  content: string | Uint8Array;
  /** Which gemeentecodes exist; defaults to the gazetteer, or the GMxxxx format when it is absent. */
  isKnownGemeenteCode?: GemeenteCodeValidator;
}

export interface ParsedRegistrationFile {
  separator: CsvSeparator;
  rows: RegistrationRow[];
  /** Header columns that are neither required nor optional; they are ignored. */
  ignoredColumns: string[];
}

/**
 * Validates a whole registration CSV. Either every row is valid and all are returned, or a
 * RegistrationImportError lists every problem by spreadsheet row. Never throws anything else.
 */
export function parseRegistrationRows({ content, isKnownGemeenteCode }: ParseRegistrationRowsOptions): ParsedRegistrationFile {
  try {
    return parseValidated(content, isKnownGemeenteCode ?? defaultGemeenteCodeValidator());
  } catch (error) {
    if (RegistrationImportError.isInstance(error)) throw error;
    throw new RegistrationImportError({
      reason: 'unreadable-file',
      errors: [{ row: 1, message: 'Het bestand kon niet worden gelezen / the file could not be read' }],
      cause: error,
    });
  }
}

function parseValidated(content: string | Uint8Array, isKnown: GemeenteCodeValidator): ParsedRegistrationFile {
  const table = readCsvTable({ content });
  const columnIndex = indexColumns(table.header);
  if (table.records.length === 0) {
    throw new RegistrationImportError({ reason: 'empty-file', errors: [{ row: 2, message: 'Rij 2: het bestand bevat geen gegevensrijen na de kopregel' }] });
  }
  const rows: RegistrationRow[] = [];
  const errors: RegistrationRowError[] = [];
  for (const record of table.records) {
    const rowErrors: RegistrationRowError[] = [];
    const field = (column: Column): string => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : (record.fields[index] ?? '');
    };
    const take = <T>(column: Column, result: FieldResult<T>): T | undefined => {
      if (result.ok) return result.value;
      rowErrors.push({ row: record.row, column, message: `Rij ${record.row}: ${result.problem}` });
      return undefined;
    };
    if (record.fields.length !== table.header.length) {
      errors.push({
        row: record.row,
        message: `Rij ${record.row}: ${record.fields.length} kolommen, de kopregel heeft er ${table.header.length} (scheidingsteken '${table.separator}')`,
      });
      continue;
    }
    const clientId = take('client_id', readClientId(field('client_id')));
    const gemeenteCode = take('gemeente_code', readGemeenteCode(field('gemeente_code'), isKnown));
    const productcategorie = take('productcategorie', readProductcategorie(field('productcategorie')));
    const begindatum = take('begindatum', readDate(field('begindatum'), 'begindatum'));
    const einddatum = take('einddatum', readOptionalDate(field('einddatum'), 'einddatum'));
    const productcode = take('productcode', readOptionalText(field('productcode'), 'productcode'));
    const aanbieder = take('aanbieder', readOptionalText(field('aanbieder'), 'aanbieder'));
    const eenheid = take('eenheid', readOptionalText(field('eenheid'), 'eenheid'));
    const volume = take('volume', readOptionalAmount(field('volume'), 'volume', table.separator));
    const tarief = take('tarief', readOptionalAmount(field('tarief'), 'tarief', table.separator));
    const kosten = take('kosten', readOptionalAmount(field('kosten'), 'kosten', table.separator));
    if (begindatum !== undefined && einddatum && einddatum < begindatum) {
      rowErrors.push({ row: record.row, column: 'einddatum', message: `Rij ${record.row}: einddatum ${einddatum} ligt vóór begindatum ${begindatum}` });
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      clientId: clientId!,
      gemeenteCode: gemeenteCode!,
      productcategorie: productcategorie!,
      productcode: productcode ?? null,
      aanbieder: aanbieder ?? null,
      begindatum: begindatum!,
      einddatum: einddatum ?? null,
      volume: volume ?? null,
      eenheid: eenheid ?? null,
      tarief: tarief ?? null,
      kosten: kosten ?? null,
      sourceRow: record.row,
    });
  }
  if (errors.length > 0) throw new RegistrationImportError({ reason: 'invalid-rows', errors });
  const known = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
  return { separator: table.separator, rows, ignoredColumns: table.header.filter((name) => !known.has(name)) };
}

/** Column positions by name; every missing required column and every repeated column is an error. */
function indexColumns(header: string[]): Map<Column, number> {
  const positions = new Map<Column, number>();
  const errors: RegistrationRowError[] = [];
  const known = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
  header.forEach((name, index) => {
    if (!known.has(name)) return;
    if (positions.has(name as Column)) {
      errors.push({ row: 1, column: name, message: `Rij 1: kolom '${name}' staat meer dan eens in de kopregel` });
      return;
    }
    positions.set(name as Column, index);
  });
  const hint = header.length === 1 ? " (is het bestand gescheiden door komma's of puntkomma's?)" : '';
  for (const column of REQUIRED_COLUMNS) {
    if (!positions.has(column)) {
      errors.push({ row: 1, column, message: `Rij 1: verplichte kolom '${column}' ontbreekt in de kopregel${hint}` });
    }
  }
  if (errors.length > 0) throw new RegistrationImportError({ reason: 'invalid-header', errors });
  return positions;
}
