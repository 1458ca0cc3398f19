import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { allocationKey, registrationRowHash, type RegistrationRow } from './registration-row.ts';
import { migrateRegistrationSchema } from './registration-schema.ts';
import { assertRegistrationSchema } from './registration-schema-check.ts';
import {
  createRegistrationReader,
  IMPORT_COLUMNS,
  toImportRecord,
  type ImportRecordRow,
  type RegistrationImportRecord,
  type RegistrationReader,
} from './registration-reader.ts';

export interface OpenRegistrationStoreOptions {
  /** `DATA_DIR/registrations.sqlite` in the app; ':memory:' or a temp file in tests. */
  filePath: string;
  /**
   * `wal` (default): readers and the writer do not block each other, for a store on this machine.
   * `delete`: the file stays self-contained (no -wal/-shm next to it), so it can be shipped or
   * shared and opened read-only elsewhere; for a store built by a job (REGISTRATIONS_FILE).
   */
  journalMode?: 'wal' | 'delete';
}

export interface WriteImportOptions {
  fileName: string;
  contentSha256: string;
  /** ISO timestamp. */
  importedAt: string;
  isSample: boolean;
  rows: readonly RegistrationRow[];
}

export interface WriteImportResult {
  importId: number;
  /** Rows newly stored. */
  inserted: number;
  /** Rows already stored (same row hash) from this or an earlier file. */
  duplicates: number;
  /** Earlier toewijzingen (same allocation key, other values, e.g. an einddatum filled in) replaced by this file. */
  updated: number;
  /** Sample rows removed because real data replaced them. */
  removedSampleRows: number;
}

/**
 * The gemeente's own registration (toewijzingen) in an embedded SQLite file. Writing is only
 * possible through this object (imports, sample data); tools and metrics get `reader`.
 */
export class RegistrationStore {
  readonly reader: RegistrationReader;
  readonly filePath: string;
  /** true for `openReadOnly`: SQLite refuses every write (imports, sample data). */
  readonly readOnly: boolean;
  private readonly db: Database.Database;

  private constructor(db: Database.Database, filePath: string) {
    this.db = db;
    this.filePath = filePath;
    this.readOnly = db.readonly;
    this.reader = createRegistrationReader({ db });
  }

  /** Opens (and creates or migrates) a store for reading and writing. */
  static open({ filePath, journalMode = 'wal' }: OpenRegistrationStoreOptions): RegistrationStore {
    if (filePath !== ':memory:') mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
    const db = new Database(filePath);
    try {
      // Leaving WAL checkpoints the file and removes its -wal and -shm files.
      db.pragma(journalMode === 'wal' ? 'journal_mode = WAL' : 'journal_mode = DELETE');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      migrateRegistrationSchema({ db });
    } catch (error) {
      db.close();
      throw error;
    }
    return new RegistrationStore(db, filePath);
  }

  /**
   * Opens an existing store built elsewhere, only for reading: nothing is created, migrated or
   * written. Throws when the file is missing or does not hold the registration schema.
   */
  static openReadOnly({ filePath }: { filePath: string }): RegistrationStore {
    const db = new Database(filePath, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      assertRegistrationSchema({ db });
    } catch (error) {
      db.close();
      throw error;
    }
    return new RegistrationStore(db, filePath);
  }

  findImportByContentHash({ contentSha256 }: { contentSha256: string }): RegistrationImportRecord | null {
    const row = this.db.prepare(`SELECT ${IMPORT_COLUMNS} FROM imports WHERE content_sha256 = ?`).get(contentSha256) as
      | ImportRecordRow
      | undefined;
    return row ? toImportRecord(row) : null;
  }

  /**
   * Stores one file's rows in a single transaction: all rows or none. Rows whose hash is already
   * stored are counted as duplicates; a row with the allocation key of a toewijzing from an earlier
   * import but other values replaces it (newest file wins). Real data replaces sample data.
   */
  writeImport({ fileName, contentSha256, importedAt, isSample, rows }: WriteImportOptions): WriteImportResult {
    const insertImport = this.db.prepare(`
      INSERT INTO imports (file_name, content_sha256, imported_at, row_count, inserted_count, duplicate_count, is_sample)
      VALUES (@fileName, @contentSha256, @importedAt, @rowCount, 0, 0, @isSample)`);
    const insertRow = this.db.prepare(`
      INSERT OR IGNORE INTO toewijzingen (client_id, gemeente_code, productcategorie, productcode, aanbieder, begindatum,
        einddatum, volume, eenheid, tarief, kosten, import_id, source_row, row_hash, allocation_key)
      VALUES (@clientId, @gemeenteCode, @productcategorie, @productcode, @aanbieder, @begindatum,
        @einddatum, @volume, @eenheid, @tarief, @kosten, @importId, @sourceRow, @rowHash, @allocationKey)`);
    const replaceEarlier = this.db.prepare(
      'DELETE FROM toewijzingen WHERE allocation_key = @allocationKey AND import_id <> @importId AND row_hash <> @rowHash',
    );
    const updateCounts = this.db.prepare('UPDATE imports SET inserted_count = ?, duplicate_count = ?, updated_count = ? WHERE id = ?');
    const deleteSampleRows = this.db.prepare('DELETE FROM toewijzingen WHERE import_id IN (SELECT id FROM imports WHERE is_sample = 1)');
    const deleteSampleImports = this.db.prepare('DELETE FROM imports WHERE is_sample = 1');

    return this.db.transaction((): WriteImportResult => {
      let removedSampleRows = 0;
      if (!isSample) {
        removedSampleRows = deleteSampleRows.run().changes;
        deleteSampleImports.run();
      }
      const importId = Number(
        insertImport.run({ fileName, contentSha256, importedAt, rowCount: rows.length, isSample: isSample ? 1 : 0 }).lastInsertRowid,
      );
      let inserted = 0;
      let updated = 0;
      for (const row of rows) {
        const keys = { importId, rowHash: registrationRowHash(row), allocationKey: allocationKey(row) };
        updated += replaceEarlier.run(keys).changes;
        inserted += insertRow.run({
          ...keys,
          clientId: row.clientId,
          gemeenteCode: row.gemeenteCode,
          productcategorie: row.productcategorie,
          productcode: row.productcode,
          aanbieder: row.aanbieder,
          begindatum: row.begindatum,
          einddatum: row.einddatum,
          volume: row.volume,
          eenheid: row.eenheid,
          tarief: row.tarief,
          kosten: row.kosten,
          sourceRow: row.sourceRow,
        }).changes;
      }
      const duplicates = rows.length - inserted;
      updateCounts.run(inserted, duplicates, updated, importId);
      return { importId, inserted, duplicates, updated, removedSampleRows };
    }).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** `RegistrationStore.open` as a function, for symmetry with the rest of the code base. */
export function openRegistrationStore(options: OpenRegistrationStoreOptions): RegistrationStore {
  return RegistrationStore.open(options);
}
