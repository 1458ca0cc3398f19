import fs from 'node:fs';
import { importRegistrationCsvFile, type RegistrationImportReport } from '../../sources/registrations/index.ts';
import type { RegistrationLocation } from '../../sources/registrations/index.ts';
import { RegistrationStore } from '../../sources/registrations/index.ts';
import { CliUsageError } from './cli-error.ts';

/**
 * `import-registrations <file.csv>`: imports toewijzingen all-or-nothing; errors are listed by row.
 * Into the default store under DATA_DIR, or, with REGISTRATIONS_FILE, into that prebuilt store,
 * left self-contained (journal mode DELETE, no -wal/-shm files) so instances can read it read-only.
 */
export async function runImportRegistrationsCommand(options: {
  file: string;
  registrations: RegistrationLocation;
  write: (text: string) => void;
}): Promise<RegistrationImportReport> {
  if (!fs.existsSync(options.file)) throw new CliUsageError(`Bestand niet gevonden: ${options.file}`);
  const { registrations } = options;
  // Never voorbeelddata here; a prebuilt store stays one self-contained file.
  const store = RegistrationStore.open({ filePath: registrations.file, journalMode: registrations.prebuilt ? 'delete' : 'wal' });
  try {
    const report = await importRegistrationCsvFile({ store, filePath: options.file });
    // The report's message lists the row-numbered errors of a rejected import.
    const lines = [report.message];
    if (report.status === 'rejected') lines.push('Herstel de rijen hierboven en importeer het bestand opnieuw.');
    if (report.ignoredColumns.length > 0) lines.push(`Genegeerde kolommen: ${report.ignoredColumns.join(', ')}`);
    if (registrations.prebuilt) lines.push(`Registratie: ${registrations.file} (REGISTRATIONS_FILE, alleen-lezen te delen / ready to share read-only)`);
    options.write(lines.join('\n'));
    return report;
  } finally {
    store.close();
  }
}
