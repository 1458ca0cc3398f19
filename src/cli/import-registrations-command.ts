import fs from 'node:fs';
import { importRegistrationCsvFile, openRegistrationData, type RegistrationImportReport } from '../registrations/index.ts';
import { CliUsageError } from './cli-error.ts';

/** `import-registrations <file.csv>`: imports toewijzingen all-or-nothing; errors are listed by row. */
export async function runImportRegistrationsCommand(options: { file: string; dataDir: string; write: (text: string) => void }): Promise<RegistrationImportReport> {
  if (!fs.existsSync(options.file)) throw new CliUsageError(`Bestand niet gevonden: ${options.file}`);
  const { store } = openRegistrationData({ dataDir: options.dataDir, loadSample: false });
  try {
    const report = await importRegistrationCsvFile({ store, filePath: options.file });
    // The report's message lists the row-numbered errors of a rejected import.
    const lines = [report.message];
    if (report.status === 'rejected') lines.push('Herstel de rijen hierboven en importeer het bestand opnieuw.');
    if (report.ignoredColumns.length > 0) lines.push(`Genegeerde kolommen: ${report.ignoredColumns.join(', ')}`);
    options.write(lines.join('\n'));
    return report;
  } finally {
    store.close();
  }
}
