import path from 'node:path';
import type { CbsBaseUrls } from '../../../sources/cbs/index.ts';
import { createCbsClient } from '../../../sources/cbs/index.ts';
import { loadIndicatorCatalogue, type IndicatorCatalogue } from '../../../sources/cbs/index.ts';
import { openAssistantRegistration, REGISTRATION_FILE_NAME, type RegistrationLocation } from '../../../sources/registrations/index.ts';
import type { RegistrationReader } from '../../../sources/registrations/index.ts';
import { createAssistantTools, type AssistantTools } from './create-assistant-tools.ts';

export interface OpenAssistantToolsOptions {
  /** The app's data directory: CBS responses are cached in `cbs-cache/`, the registration is `registrations.sqlite` unless `registrations` says otherwise. */
  dataDir: string;
  /** The registration store (`AppConfig.registrations`); default: `dataDir/registrations.sqlite`, not prebuilt. */
  registrations?: RegistrationLocation;
  /** The CBS OData APIs (`AppConfig.cbs`). */
  cbs: CbsBaseUrls;
  today?: () => Date;
  /** Serve cached CBS responses younger than this without asking CBS (default 24 hours). */
  cbsFreshForMs?: number;
  fetch?: typeof fetch;
}

export interface OpenedAssistantTools {
  tools: AssistantTools;
  catalogue: IndicatorCatalogue;
  /** The registration the tools read (read-only), for the router to know which gemeenten it holds. */
  registrations: RegistrationReader;
  /** true when the registration holds generated sample data (voorbeelddata). */
  registrationIsSample: boolean;
  /** Closes the registration database. */
  close(): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Opens everything the data tools need, for the composition root: the CBS client with its on-disk
 * cache, the indicator catalogue and the gemeente's registration (a prebuilt store read-only, or
 * the default one loaded with voorbeelddata when empty, so answers from it say so).
 */
export function openAssistantTools(options: OpenAssistantToolsOptions): OpenedAssistantTools {
  const today = options.today ?? (() => new Date());
  const cbs = createCbsClient({
    ...options.cbs,
    cacheDir: path.join(options.dataDir, 'cbs-cache'),
    freshForMs: options.cbsFreshForMs ?? DAY_MS,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const catalogue = loadIndicatorCatalogue();
  const location = options.registrations ?? { file: path.join(options.dataDir, REGISTRATION_FILE_NAME), prebuilt: false };
  const store = openAssistantRegistration({ location, today: today() });
  const registrationIsSample = store.reader.listImports().some((record) => record.isSample);
  return {
    tools: createAssistantTools({ cbs, catalogue, registrations: store.reader, today }),
    catalogue,
    registrations: store.reader,
    registrationIsSample,
    close: () => store.close(),
  };
}
