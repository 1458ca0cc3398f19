import type Database from 'better-sqlite3';
import type { IsoDate } from './calendar-date.ts';
import { createDataVersionCache } from './data-version-cache.ts';
import type { Allocation } from './registration-row.ts';

/** Distinct read queries whose results are kept until the registration changes. */
const CACHED_QUERIES = 256;

export interface RegistrationImportRecord {
  id: number;
  fileName: string;
  contentSha256: string;
  /** ISO timestamp. */
  importedAt: string;
  rowCount: number;
  insertedCount: number;
  duplicateCount: number;
  updatedCount: number;
  isSample: boolean;
}

/** Toewijzingen that overlap [from, to]: begindatum ≤ to AND (einddatum IS NULL OR einddatum ≥ from). */
export interface AllocationFilter {
  from: IsoDate;
  to: IsoDate;
  gemeenteCode?: string;
  /** Several gemeenten at once ("vergelijk Arnhem en Renkum"); combined with gemeenteCode when both are given. */
  gemeenteCodes?: readonly string[];
  productcategorieen?: readonly string[];
}

export interface RegistrationSummary {
  allocationCount: number;
  importCount: number;
  earliestBegindatum: IsoDate | null;
  latestBegindatum: IsoDate | null;
  /** Distinct gemeentecodes present in the toewijzingen, sorted. */
  gemeenteCodes: readonly string[];
}

/** The read-only view of the store: all that the metrics layer and tools get. */
export interface RegistrationReader {
  findAllocations(filter: AllocationFilter): readonly Allocation[];
  listImports(): readonly RegistrationImportRecord[];
  summary(): RegistrationSummary;
}

interface AllocationRecord {
  id: number;
  client_id: string;
  gemeente_code: string;
  productcategorie: string;
  productcode: string | null;
  aanbieder: string | null;
  begindatum: string;
  einddatum: string | null;
  volume: number | null;
  eenheid: string | null;
  tarief: number | null;
  kosten: number | null;
  import_id: number;
  source_row: number;
}

export interface ImportRecordRow {
  id: number;
  file_name: string;
  content_sha256: string;
  imported_at: string;
  row_count: number;
  inserted_count: number;
  duplicate_count: number;
  updated_count: number;
  is_sample: number;
}

export const IMPORT_COLUMNS = 'id, file_name, content_sha256, imported_at, row_count, inserted_count, duplicate_count, updated_count, is_sample';

/** Builds the reader on its own statements; each is checked by SQLite to be read-only. */
export function createRegistrationReader({ db }: { db: Database.Database }): RegistrationReader {
  const allocations = readOnly(db, `
    SELECT id, client_id, gemeente_code, productcategorie, productcode, aanbieder, begindatum, einddatum,
           volume, eenheid, tarief, kosten, import_id, source_row
      FROM toewijzingen
     WHERE begindatum <= @to
       AND (einddatum IS NULL OR einddatum >= @from)
       AND (@gemeente IS NULL OR gemeente_code = @gemeente)
       AND (@gemeenten IS NULL OR gemeente_code IN (SELECT value FROM json_each(@gemeenten)))
       AND (@categories IS NULL OR productcategorie IN (SELECT value FROM json_each(@categories)))
     ORDER BY begindatum, id`);
  const imports = readOnly(db, `SELECT ${IMPORT_COLUMNS} FROM imports ORDER BY id`);
  const gemeenten = readOnly(db, 'SELECT DISTINCT gemeente_code AS code FROM toewijzingen ORDER BY gemeente_code');
  const summary = readOnly(db, `
    SELECT (SELECT COUNT(*) FROM toewijzingen) AS allocationCount,
           (SELECT COUNT(*) FROM imports) AS importCount,
           (SELECT MIN(begindatum) FROM toewijzingen) AS earliestBegindatum,
           (SELECT MAX(begindatum) FROM toewijzingen) AS latestBegindatum`);

  // Questions repeat (and every metric reads the summary): answers are kept until the data changes.
  const cached = createDataVersionCache({ db, maxEntries: CACHED_QUERIES });

  return Object.freeze({
    findAllocations({ from, to, gemeenteCode, gemeenteCodes, productcategorieen }: AllocationFilter): readonly Allocation[] {
      const parameters = {
        from,
        to,
        gemeente: gemeenteCode ?? null,
        gemeenten: gemeenteCodes ? JSON.stringify(gemeenteCodes) : null,
        categories: productcategorieen ? JSON.stringify(productcategorieen) : null,
      };
      return cached(`allocations ${JSON.stringify(parameters)}`, () => Object.freeze((allocations.all(parameters) as AllocationRecord[]).map(toAllocation)));
    },
    listImports(): readonly RegistrationImportRecord[] {
      return cached('imports', () => Object.freeze((imports.all() as ImportRecordRow[]).map(toImportRecord)));
    },
    summary(): RegistrationSummary {
      return cached('summary', () => {
        const counts = summary.get() as Omit<RegistrationSummary, 'gemeenteCodes'>;
        const gemeenteCodes = (gemeenten.all() as { code: string }[]).map((row) => row.code);
        return Object.freeze({ ...counts, gemeenteCodes: Object.freeze(gemeenteCodes) });
      });
    },
  });
}

function readOnly(db: Database.Database, sql: string): Database.Statement {
  const statement = db.prepare(sql);
  if (!statement.reader || !statement.readonly) throw new Error('Registration reader statements must be read-only queries');
  return statement;
}

export function toImportRecord(row: ImportRecordRow): RegistrationImportRecord {
  return {
    id: row.id,
    fileName: row.file_name,
    contentSha256: row.content_sha256,
    importedAt: row.imported_at,
    rowCount: row.row_count,
    insertedCount: row.inserted_count,
    duplicateCount: row.duplicate_count,
    updatedCount: row.updated_count,
    isSample: row.is_sample === 1,
  };
}

function toAllocation(row: AllocationRecord): Allocation {
  return Object.freeze({
    id: row.id,
    clientId: row.client_id,
    gemeenteCode: row.gemeente_code,
    productcategorie: row.productcategorie,
    productcode: row.productcode,
    aanbieder: row.aanbieder,
    begindatum: row.begindatum,
    einddatum: row.einddatum,
    volume: row.volume,
    eenheid: row.eenheid,
    tarief: row.tarief,
    kosten: row.kosten,
    importId: row.import_id,
    sourceRow: row.source_row,
  });
}
