import type Database from 'better-sqlite3';

/** Bump when the schema changes; `migrateRegistrationSchema` brings older files up to date. */
export const REGISTRATION_SCHEMA_VERSION = 1;

const SCHEMA_V1 = `
CREATE TABLE IF NOT EXISTS imports (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  file_name       TEXT    NOT NULL,
  content_sha256  TEXT    NOT NULL UNIQUE,
  imported_at     TEXT    NOT NULL,
  row_count       INTEGER NOT NULL,
  inserted_count  INTEGER NOT NULL,
  duplicate_count INTEGER NOT NULL,
  updated_count   INTEGER NOT NULL DEFAULT 0,
  is_sample       INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1))
);
CREATE TABLE IF NOT EXISTS toewijzingen (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id        TEXT    NOT NULL,
  gemeente_code    TEXT    NOT NULL,
  productcategorie TEXT    NOT NULL,
  productcode      TEXT,
  aanbieder        TEXT,
  begindatum       TEXT    NOT NULL,
  einddatum        TEXT,
  volume           REAL,
  eenheid          TEXT,
  tarief           REAL,
  kosten           REAL,
  import_id        INTEGER NOT NULL REFERENCES imports (id),
  source_row       INTEGER NOT NULL,
  row_hash         TEXT    NOT NULL UNIQUE,
  allocation_key   TEXT    NOT NULL,
  CHECK (einddatum IS NULL OR einddatum >= begindatum)
);
CREATE INDEX IF NOT EXISTS toewijzingen_categorie_begin ON toewijzingen (productcategorie, begindatum);
CREATE INDEX IF NOT EXISTS toewijzingen_einddatum ON toewijzingen (einddatum);
CREATE INDEX IF NOT EXISTS toewijzingen_gemeente ON toewijzingen (gemeente_code);
CREATE INDEX IF NOT EXISTS toewijzingen_import ON toewijzingen (import_id);
CREATE INDEX IF NOT EXISTS toewijzingen_allocation_key ON toewijzingen (allocation_key);
`;

export function migrateRegistrationSchema({ db }: { db: Database.Database }): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > REGISTRATION_SCHEMA_VERSION) {
    throw new Error(`registrations.sqlite has schema version ${version}; this build knows up to ${REGISTRATION_SCHEMA_VERSION}`);
  }
  if (version < 1) {
    db.transaction(() => {
      db.exec(SCHEMA_V1);
      db.pragma(`user_version = ${REGISTRATION_SCHEMA_VERSION}`);
    })();
  }
}
