import type Database from 'better-sqlite3';
import { REGISTRATION_SCHEMA_VERSION } from './registration-schema.ts';

const REQUIRED_TABLES = ['imports', 'toewijzingen'] as const;

/**
 * Checks, without changing anything, that a database holds the registration schema this build
 * reads: for a store opened read-only, where `migrateRegistrationSchema` cannot run.
 */
export function assertRegistrationSchema({ db }: { db: Database.Database }): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > REGISTRATION_SCHEMA_VERSION) {
    throw new Error(`schemaversie ${version}; deze versie van Stelselwijzer kent tot en met ${REGISTRATION_SCHEMA_VERSION} / schema version ${version} is newer than this build`);
  }
  const present = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name),
  );
  const missing = REQUIRED_TABLES.filter((table) => !present.has(table));
  if (missing.length > 0) throw new Error(`tabellen ontbreken / tables missing: ${missing.join(', ')}`);
  if (version < REGISTRATION_SCHEMA_VERSION) {
    throw new Error(`schemaversie ${version} is ouder dan ${REGISTRATION_SCHEMA_VERSION} / schema version ${version} is older than this build`);
  }
}
