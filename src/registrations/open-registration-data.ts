import path from 'node:path';
import type { IsoDate } from './calendar-date.ts';
import { RegistrationStore } from './registration-store.ts';
import { ensureSampleData, type EnsureSampleDataResult } from './sample-data.ts';

export const REGISTRATION_FILE_NAME = 'registrations.sqlite';

/**
 * Opens `dataDir/registrations.sqlite` and, when it holds nothing yet, loads the sample
 * registration (voorbeelddata) so the tool can answer, always saying that it is sample data.
 */
export function openRegistrationData({ dataDir, today = new Date(), loadSample = true }: {
  dataDir: string;
  today?: IsoDate | Date;
  loadSample?: boolean;
}): { store: RegistrationStore; sample: EnsureSampleDataResult | null } {
  const store = RegistrationStore.open({ filePath: path.join(dataDir, REGISTRATION_FILE_NAME) });
  try {
    return { store, sample: loadSample ? ensureSampleData({ store, today }) : null };
  } catch (error) {
    store.close();
    throw error;
  }
}
