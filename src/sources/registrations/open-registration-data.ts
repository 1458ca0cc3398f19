import path from 'node:path';
import type { IsoDate } from './calendar-date.ts';
import { openPrebuiltRegistrations } from './open-prebuilt-registrations.ts';
import { REGISTRATION_FILE_NAME } from './registration-file-name.ts';
import { RegistrationStore } from './registration-store.ts';
import { ensureSampleData, type EnsureSampleDataResult } from './sample-data.ts';

export { REGISTRATION_FILE_NAME };

/** Where the assistant's registration lives: `AppConfig.registrations`. */
export interface RegistrationLocation {
  file: string;
  /** A store built by a job (REGISTRATIONS_FILE): opened read-only, never given voorbeelddata. */
  prebuilt: boolean;
}

/**
 * Opens `dataDir/registrations.sqlite` (or `filePath`) and, when it holds nothing yet, loads the
 * sample registration (voorbeelddata) so the tool can answer, always saying that it is sample data.
 */
export function openRegistrationData({ dataDir, filePath, today = new Date(), loadSample = true }: (
  | { dataDir: string; filePath?: undefined }
  | { filePath: string; dataDir?: undefined }
) & {
  today?: IsoDate | Date;
  loadSample?: boolean;
}): { store: RegistrationStore; sample: EnsureSampleDataResult | null } {
  const store = RegistrationStore.open({ filePath: filePath ?? path.join(dataDir!, REGISTRATION_FILE_NAME) });
  try {
    return { store, sample: loadSample ? ensureSampleData({ store, today }) : null };
  } catch (error) {
    store.close();
    throw error;
  }
}

/**
 * The registration the assistant answers from: a prebuilt store read-only as it is, or the
 * default store, loaded with voorbeelddata while it is empty.
 */
export function openAssistantRegistration({ location, today = new Date() }: { location: RegistrationLocation; today?: IsoDate | Date }): RegistrationStore {
  if (location.prebuilt) return openPrebuiltRegistrations({ filePath: location.file });
  return openRegistrationData({ filePath: location.file, today }).store;
}
