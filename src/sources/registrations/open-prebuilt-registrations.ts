import fs from 'node:fs';
import { ConfigError } from '../../lib/errors/index.ts';
import { RegistrationStore } from './registration-store.ts';

/**
 * Opens the registration store named by REGISTRATIONS_FILE: built by a job
 * (`cli import-registrations`) and read by every instance. Read-only: no schema migration, no
 * voorbeelddata, nothing written next to it. Anything that keeps the bot from reading it is a
 * ConfigError naming the variable and the command that builds the file.
 */
export function openPrebuiltRegistrations({ filePath }: { filePath: string }): RegistrationStore {
  const build = `Bouw het met / build it with: REGISTRATIONS_FILE=${filePath} npm run cli -- import-registrations <export.csv>`;
  if (!fs.statSync(filePath, { throwIfNoEntry: false })?.isFile()) {
    throw new ConfigError([`REGISTRATIONS_FILE: bestand ${filePath} bestaat niet / file not found. ${build}`]);
  }
  if (isWriteAheadLogFile(filePath)) {
    throw new ConfigError([
      `REGISTRATIONS_FILE: ${filePath} staat in WAL-modus en kan zo niet alleen-lezen worden gedeeld / is in WAL mode and cannot be shared read-only. ${build}`,
    ]);
  }
  try {
    return RegistrationStore.openReadOnly({ filePath });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError([`REGISTRATIONS_FILE: ${filePath} is geen registratie van Stelselwijzer / is not a Stelselwijzer registration store (${reason}). ${build}`]);
  }
}

/**
 * A database in WAL mode (header bytes 18 and 19 are 2) cannot be read read-only without
 * -wal and -shm files beside it, which SQLite would create: refused, so the bot writes nothing.
 */
function isWriteAheadLogFile(filePath: string): boolean {
  const header = Buffer.alloc(20);
  const fd = fs.openSync(filePath, 'r');
  try {
    if (fs.readSync(fd, header, 0, header.length, 0) < header.length) return false;
  } finally {
    fs.closeSync(fd);
  }
  return header.toString('latin1', 0, 16) === 'SQLite format 3\0' && (header[18] === 2 || header[19] === 2);
}
