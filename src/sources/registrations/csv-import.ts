import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GemeenteCodeValidator } from './gemeente-codes.ts';
import { parseRegistrationRows } from './parse-registration-rows.ts';
import { RegistrationImportError, type RegistrationRowError } from './registration-import-error.ts';
import type { RegistrationStore } from './registration-store.ts';

export type RegistrationImportStatus = 'imported' | 'already-imported' | 'rejected';

export interface RegistrationImportReport {
  status: RegistrationImportStatus;
  /** The new import, or the earlier one for 'already-imported'; null when rejected. */
  importId: number | null;
  /** Data rows newly stored (0 when rejected or already imported). */
  rows: number;
  /** Rows skipped because the same toewijzing was already stored (row hash). */
  duplicates: number;
  /** Earlier toewijzingen replaced by a newer version from this file (same client, gemeente, productcategorie, productcode, aanbieder and begindatum). */
  updated: number;
  /** Row-numbered problems; non-empty only when rejected. At most 50, see `errorCount`. */
  errors: RegistrationRowError[];
  errorCount: number;
  /** When the same file (content hash) was imported before. */
  alreadyImportedAt: string | null;
  /** Sample rows removed because this is real data. */
  removedSampleRows: number;
  ignoredColumns: string[];
  /** One Dutch sentence for the user. */
  message: string;
}

export interface ImportRegistrationCsvOptions {
  store: RegistrationStore;
  fileName: string;
  content: string | Uint8Array;
  isKnownGemeenteCode?: GemeenteCodeValidator;
  /** Import time; defaults to now. */
  now?: Date;
}

/**
 * Imports one registration CSV, all-or-nothing. The same file (content hash) is never imported
 * twice; rows already stored from another file are skipped by row hash.
 */
export function importRegistrationCsv({ store, fileName, content, isKnownGemeenteCode, now = new Date() }: ImportRegistrationCsvOptions): RegistrationImportReport {
  const contentSha256 = createHash('sha256').update(content).digest('hex');
  const earlier = store.findImportByContentHash({ contentSha256 });
  if (earlier) {
    return {
      ...emptyReport('already-imported'),
      importId: earlier.id,
      duplicates: earlier.rowCount,
      alreadyImportedAt: earlier.importedAt,
      message: `Dit bestand is al geïmporteerd op ${earlier.importedAt.slice(0, 10)} (import ${earlier.id}, ${earlier.fileName}); er is niets dubbel geteld.`,
    };
  }
  let parsed;
  try {
    parsed = parseRegistrationRows({ content, isKnownGemeenteCode });
  } catch (error) {
    if (!RegistrationImportError.isInstance(error)) throw error;
    return { ...emptyReport('rejected'), errors: error.errors, errorCount: error.errorCount, message: error.message };
  }
  let result;
  try {
    result = store.writeImport({ fileName, contentSha256, importedAt: now.toISOString(), isSample: false, rows: parsed.rows });
  } catch (error) {
    // Another process imported the same file between our check and our write.
    if (store.findImportByContentHash({ contentSha256 })) return importRegistrationCsv({ store, fileName, content, isKnownGemeenteCode, now });
    throw error;
  }
  const replaced = result.removedSampleRows > 0 ? ` De voorbeelddata (${result.removedSampleRows} rijen) is verwijderd.` : '';
  return {
    ...emptyReport('imported'),
    importId: result.importId,
    rows: result.inserted,
    duplicates: result.duplicates,
    updated: result.updated,
    removedSampleRows: result.removedSampleRows,
    ignoredColumns: parsed.ignoredColumns,
    message: `${result.inserted} toewijzingen geïmporteerd uit ${fileName}` +
      (result.updated > 0 ? `, waarvan ${result.updated} een eerder geïmporteerde versie vervangen` : '') +
      (result.duplicates > 0 ? `; ${result.duplicates} rijen stonden er al in en zijn overgeslagen.` : '.') + replaced,
  };
}

/** Reads the file and imports it under its base name. */
export async function importRegistrationCsvFile({ store, filePath, isKnownGemeenteCode, now }: {
  store: RegistrationStore;
  filePath: string;
  isKnownGemeenteCode?: GemeenteCodeValidator;
  now?: Date;
}): Promise<RegistrationImportReport> {
  const content = await readFile(filePath);
  return importRegistrationCsv({ store, fileName: path.basename(filePath), content, isKnownGemeenteCode, now });
}

function emptyReport(status: RegistrationImportStatus): RegistrationImportReport {
  return {
    status,
    importId: null,
    rows: 0,
    duplicates: 0,
    updated: 0,
    errors: [],
    errorCount: 0,
    alreadyImportedAt: null,
    removedSampleRows: 0,
    ignoredColumns: [],
    message: '',
  };
}
