import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CbsClient } from '../../../../src/sources/cbs/cbs-client.ts';
import { loadIndicatorCatalogue } from '../../../../src/sources/cbs/indicators/indicator-catalogue.ts';
import { createDataAnswerer, type DataAnswerer } from '../../../../src/answering/data/answer-data-question.ts';
import { openRegistrationData } from '../../../../src/sources/registrations/open-registration-data.ts';
import type { RegistrationReader } from '../../../../src/sources/registrations/registration-reader.ts';
import type { RegistrationStore } from '../../../../src/sources/registrations/registration-store.ts';
import { createAssistantTools } from '../../../../src/answering/data/tools/create-assistant-tools.ts';

export const catalogue = loadIndicatorCatalogue();
/** The fixed "today" of these tests; the recorded CBS responses were fetched on 2026-11-20. */
export const TODAY = new Date('2026-11-23T12:00:00Z');
export const today = (): Date => TODAY;

/** The sample registration (voorbeelddata, GM0405 Hoorn), imported on 2026-11-01, in a fresh directory. */
export function openSampleRegistration(): RegistrationStore {
  return openRegistrationData({ dataDir: mkdtempSync(join(tmpdir(), 'data-answers-')), today: '2026-11-01' }).store;
}

/** The real tools and answerer over the given CBS client and registration. */
export function createAnswerer(options: { cbs: CbsClient; registrations: RegistrationReader }): DataAnswerer {
  const tools = createAssistantTools({ cbs: options.cbs, catalogue, registrations: options.registrations, today });
  return createDataAnswerer({ tools, catalogue, today, registrations: options.registrations });
}
