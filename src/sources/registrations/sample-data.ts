import { createHash } from 'node:crypto';
import { addDays, formatIsoDate, inclusiveDays, isIsoDate, toDayNumber, fromDayNumber, type IsoDate } from './calendar-date.ts';
import type { Productcategorie } from './productcategorieen.ts';
import type { RegistrationRow } from './registration-row.ts';
import type { RegistrationStore } from './registration-store.ts';
import {
  SAMPLE_PATH_WEIGHTS,
  SAMPLE_PRODUCTS,
  SAMPLE_RESIDENTIAL_WEIGHTS,
  SAMPLE_YEARLY_INDEXATION,
  type SamplePath,
} from './sample-catalogue.ts';
import { createSeededRandom, type SeededRandom } from './seeded-random.ts';

/** A real mid-size gemeente; the data itself is invented (voorbeelddata). */
export const SAMPLE_GEMEENTE = { code: 'GM0405', name: 'Hoorn' } as const;
export const SAMPLE_SEED = 405_2026;
export const SAMPLE_FILE_NAME = 'voorbeelddata-GM0405-hoorn.csv';

export interface GenerateSampleRegistrationsOptions {
  seed?: number;
  clientCount?: number;
  /** First possible begindatum. */
  from?: IsoDate;
  /** Data cut-off: allocations still running on this date get no einddatum. */
  to?: IsoDate;
}

/** Deterministic sample toewijzingen: the same options always give identical rows. */
export function generateSampleRegistrations({
  seed = SAMPLE_SEED,
  clientCount = 2000,
  from = '2022-01-01',
  to = '2026-10-31',
}: GenerateSampleRegistrationsOptions = {}): RegistrationRow[] {
  const random = createSeededRandom({ seed });
  const rows: RegistrationRow[] = [];
  const firstDay = toDayNumber(from);
  const lastStart = toDayNumber(to) - 14;
  for (let index = 1; index <= clientCount; index += 1) {
    const clientId = `VB-${String(index).padStart(5, '0')}`;
    const path = random.weighted(SAMPLE_PATH_WEIGHTS);
    let start = fromDayNumber(random.integer(firstDay, lastStart));
    for (const categorie of careSteps(path, random)) {
      if (start > to) break;
      const row = allocation({ random, clientId, categorie, begindatum: start, cutOff: to });
      rows.push({ ...row, sourceRow: rows.length + 2 });
      if (row.einddatum === null) break;
      start = addDays(row.einddatum, random.chance(0.7) ? 1 : random.integer(14, 120));
    }
  }
  return rows;
}

/** The productcategorieën a client passes through, in order. */
function careSteps(path: SamplePath, random: SeededRandom): Productcategorie[] {
  switch (path) {
    case 'ambulant':
      return Array.from({ length: Number(random.weighted({ '1': 70, '2': 22, '3': 8 })) }, () => '45' as const);
    case 'ambulantPlus':
      return ['45', random.pick(['41', '54'] as const), ...(random.chance(0.4) ? (['45'] as const) : [])];
    case 'crisis':
      return ['46', ...(random.chance(0.6) ? (['45'] as const) : [])];
    case 'jeugdbescherming':
      return ['48', '45'];
    case 'pleegzorg':
      return [...(random.chance(0.3) ? (['46'] as const) : []), '35'];
    case 'gezinsgericht':
      return [...(random.chance(0.5) ? (['45'] as const) : []), '36', ...(random.chance(0.3) ? (['35'] as const) : [])];
    case 'residentieel': {
      const steps: Productcategorie[] = random.chance(0.6) ? ['45'] : [];
      steps.push(random.weighted(SAMPLE_RESIDENTIAL_WEIGHTS));
      // A second residential allocation: afschaling or another aanbieder; the client still counts once.
      if (random.chance(0.3)) steps.push(random.pick(['43', '44'] as const));
      if (random.chance(0.5)) steps.push('45');
      return steps;
    }
  }
}

function allocation({ random, clientId, categorie, begindatum, cutOff }: {
  random: SeededRandom;
  clientId: string;
  categorie: Productcategorie;
  begindatum: IsoDate;
  cutOff: IsoDate;
}): Omit<RegistrationRow, 'sourceRow'> {
  const product = SAMPLE_PRODUCTS[categorie];
  if (!product) throw new Error(`No sample product for productcategorie ${categorie}`);
  const [minDays, maxDays] = product.durationDays;
  const plannedDays = isResidential(categorie)
    ? Math.min(maxDays, minDays + Math.floor(-Math.log(1 - random.next()) * 300))
    : random.integer(minDays, maxDays);
  const plannedEnd = addDays(begindatum, plannedDays - 1);
  const einddatum = plannedEnd > cutOff ? null : plannedEnd;
  const years = Math.max(0, Number(begindatum.slice(0, 4)) - 2022);
  const tarief = Math.round(random.between(...product.tarief2022) * (1 + SAMPLE_YEARLY_INDEXATION) ** years * 100) / 100;
  const perWeek = random.between(...product.unitsPerWeek, 2);
  const volume = product.eenheid === 'etmaal'
    ? plannedDays
    : Math.max(1, Math.round((inclusiveDays(begindatum, plannedEnd) / 7) * perWeek));
  const amountKind = random.weighted({ kosten: 85, volumeTarief: 12, none: 3 });
  const amountKnown = einddatum !== null && amountKind === 'kosten';
  return {
    clientId,
    gemeenteCode: SAMPLE_GEMEENTE.code,
    productcategorie: categorie,
    productcode: `${categorie}A0${random.integer(1, 3)}`,
    aanbieder: random.pick(product.aanbieders),
    begindatum,
    einddatum,
    volume: amountKind === 'none' ? null : volume,
    eenheid: product.eenheid,
    tarief: amountKind === 'none' ? null : tarief,
    kosten: amountKnown ? Math.round(volume * tarief * 100) / 100 : null,
  };
}

function isResidential(categorie: Productcategorie): boolean {
  return categorie === '37' || categorie === '38' || categorie === '43' || categorie === '44';
}

export interface EnsureSampleDataResult {
  loaded: boolean;
  importId: number | null;
  rows: number;
}

/**
 * Loads the sample registration (is_sample = 1) when the store holds no imports at all, so that
 * every answer from it says "voorbeelddata". Does nothing once any data is there.
 */
export function ensureSampleData({ store, today, seed = SAMPLE_SEED }: {
  store: RegistrationStore;
  /** Import date shown in the source ("import 2026-11-01"). */
  today: IsoDate | Date;
  seed?: number;
}): EnsureSampleDataResult {
  if (store.reader.summary().importCount > 0) return { loaded: false, importId: null, rows: 0 };
  const importDate = typeof today === 'string' ? today : formatIsoDate(today);
  if (!isIsoDate(importDate)) throw new Error(`ensureSampleData: today must be YYYY-MM-DD, got '${importDate}'`);
  const rows = generateSampleRegistrations({ seed });
  const contentSha256 = createHash('sha256').update(`sample:${seed}:${JSON.stringify(rows)}`).digest('hex');
  const result = store.writeImport({
    fileName: SAMPLE_FILE_NAME,
    contentSha256,
    importedAt: `${importDate}T00:00:00.000Z`,
    isSample: true,
    rows,
  });
  return { loaded: true, importId: result.importId, rows: result.inserted };
}
