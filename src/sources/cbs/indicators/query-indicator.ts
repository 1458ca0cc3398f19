import type { CbsClient } from '../cbs-client.ts';
import type { CbsCode, CbsObservation } from '../cbs-types.ts';
import { periodCodeToYear, yearToPeriodCode } from '../period-code.ts';
import { parseCalculatorInput } from '../../../lib/input/index.ts';
import type { IndicatorCatalogue } from './indicator-catalogue.ts';
import type { IndicatorDefinition } from './indicator-schema.ts';
import { buildIndicatorSource, type IndicatorSource } from './indicator-source.ts';
import { perThousandInhabitants as computePerThousand, type PerThousand } from './per-thousand.ts';
import { NATION_CODE, queryIndicatorInput, type QueryIndicatorInput } from './query-indicator-input.ts';
import { resolveIndicatorFilter } from './resolve-indicator-filter.ts';

const INHABITANTS_ID = 'inwoners';

export interface IndicatorRow {
  gemeenteCode: string;
  /** Title from the CBS region code list, e.g. "Utrecht (gemeente)". */
  gemeente: string;
  year: number;
  /** Exactly as published by CBS; null when CBS has no value for the cell. */
  value: number | null;
  unit: string;
  suppressed: boolean;
  valueAttribute: string | null;
  /** Period status from CBS: "Definitief", "Voorlopig", "Nader voorlopig" (null if CBS gives none). */
  periodStatus: string | null;
  /** Present when asked for: null when it cannot be computed (no value or no population). */
  perThousand?: PerThousand | null;
}

export interface QueryIndicatorResult {
  indicator: {
    id: string;
    name: string;
    nameEn: string;
    unit: string;
    unitKind: IndicatorDefinition['unit']['kind'];
    /** Unit of `perThousand.value`, e.g. "aantal jongeren per 1.000 inwoners". */
    perThousandUnit: string;
  };
  rows: IndicatorRow[];
  source: IndicatorSource;
  /** Source of the population figures when rates per 1,000 inhabitants were computed. */
  denominatorSource?: IndicatorSource;
  definition: string;
  caveats: string[];
  /** Years for which the table has yearly figures (from the period code list). */
  availableYears: number[];
  /** Requested years without figures in the table; no value is given for them. */
  missingYears: number[];
  /** Requested codes that are not in the table's region list. */
  unknownGemeenteCodes: string[];
  /** Dutch remarks for the answer (missing years, provisional figures, …). */
  notes: string[];
}

export interface QueryIndicatorOptions extends QueryIndicatorInput {
  client: CbsClient;
  catalogue: IndicatorCatalogue;
}

/**
 * The CBS indicator tool: exact figures per gemeente and year with definition, caveats and source.
 * It never fills a gap: years or cells without a CBS value are reported as such.
 */
export async function queryIndicator(options: QueryIndicatorOptions): Promise<QueryIndicatorResult> {
  const { client, catalogue, ...rawInput } = options;
  const input = parseCalculatorInput({ schema: queryIndicatorInput, input: rawInput, calculator: 'queryIndicator' });
  const indicator = catalogue.getById(input.indicatorId);
  const gemeenteCodes = [...new Set(input.gemeenteCodes)];
  const years = [...new Set(input.years)].sort((a, b) => a - b);

  const resolved = await resolveIndicatorFilter({ indicator, client });
  const [properties, periods, regions] = await Promise.all([
    client.getProperties({ table: indicator.table }),
    client.getCodes({ table: indicator.table, dimension: indicator.periodDimension }),
    client.getCodes({ table: indicator.table, dimension: resolved.regionDimension }),
  ]);
  const periodByYear = yearlyPeriods(periods.data);
  const availableYears = [...periodByYear.keys()].sort((a, b) => a - b);
  const queryYears = years.filter((year) => periodByYear.has(year));
  const missingYears = years.filter((year) => !periodByYear.has(year));
  const regionTitles = new Map(regions.data.map((code) => [code.id, code.title]));
  const queryGemeenten = gemeenteCodes.filter((code) => regionTitles.has(code));
  const unknownGemeenteCodes = gemeenteCodes.filter((code) => !regionTitles.has(code));

  const provenance = [...resolved.provenance, properties, periods, regions];
  let observations: CbsObservation[] = [];
  let api = periods.api;
  if (queryYears.length > 0 && queryGemeenten.length > 0) {
    const result = await client.getObservations({
      table: indicator.table,
      measures: [indicator.measure],
      filter: {
        ...resolved.filter,
        [resolved.regionDimension]: queryGemeenten,
        [indicator.periodDimension]: queryYears.map(yearToPeriodCode),
      },
    });
    observations = result.data.observations;
    api = result.api;
    provenance.push(result);
  }

  const rows: IndicatorRow[] = [];
  for (const gemeenteCode of queryGemeenten) {
    for (const year of queryYears) {
      const cell = observations.find(
        (observation) =>
          observation.dimensions[resolved.regionDimension] === gemeenteCode &&
          observation.dimensions[indicator.periodDimension] === yearToPeriodCode(year),
      );
      rows.push({
        gemeenteCode,
        gemeente: regionTitles.get(gemeenteCode) ?? gemeenteCode,
        year,
        value: cell?.value ?? null,
        unit: indicator.unit.nl,
        suppressed: cell?.suppressed ?? false,
        valueAttribute: cell?.valueAttribute ?? null,
        periodStatus: periodByYear.get(year)?.status ?? null,
      });
    }
  }

  const result: QueryIndicatorResult = {
    indicator: {
      id: indicator.id,
      name: indicator.names.nl,
      nameEn: indicator.names.en,
      unit: indicator.unit.nl,
      unitKind: indicator.unit.kind,
      perThousandUnit: `${indicator.unit.nl} per 1.000 inwoners`,
    },
    rows,
    source: buildIndicatorSource({ table: indicator.table, tableTitle: properties.data.title, api, years: queryYears, provenance }),
    definition: indicator.definition.nl,
    caveats: indicator.caveats.nl,
    availableYears,
    missingYears,
    unknownGemeenteCodes,
    notes: buildNotes({ indicator, rows, missingYears, availableYears, unknownGemeenteCodes }),
  };

  if (input.perThousandInhabitants) await addPerThousand({ result, indicator, client, catalogue });
  return result;
}

async function addPerThousand(options: {
  result: QueryIndicatorResult;
  indicator: IndicatorDefinition;
  client: CbsClient;
  catalogue: IndicatorCatalogue;
}): Promise<void> {
  const { result, indicator } = options;
  if (!indicator.perThousandInhabitants) {
    result.notes.push(`Per 1.000 inwoners is niet zinvol voor ${indicator.names.nl} (eenheid: ${indicator.unit.nl}); niet berekend.`);
    return;
  }
  const years = [...new Set(result.rows.map((row) => row.year))];
  const gemeenten = [...new Set(result.rows.map((row) => row.gemeenteCode))];
  if (years.length === 0 || gemeenten.length === 0) return;
  const population = await queryIndicator({
    indicatorId: INHABITANTS_ID,
    gemeenteCodes: gemeenten,
    years,
    client: options.client,
    catalogue: options.catalogue,
  });
  result.denominatorSource = population.source;
  for (const row of result.rows) {
    const inhabitants = population.rows.find((p) => p.gemeenteCode === row.gemeenteCode && p.year === row.year)?.value ?? null;
    row.perThousand = row.value === null || inhabitants === null ? null : computePerThousand({ value: row.value, inhabitants });
  }
  if (population.missingYears.length > 0) {
    result.notes.push(`Geen inwonertal (CBS 03759ned) voor ${population.missingYears.join(', ')}; daar is geen cijfer per 1.000 inwoners berekend.`);
  }
}

function yearlyPeriods(codes: CbsCode[]): Map<number, CbsCode> {
  const byYear = new Map<number, CbsCode>();
  for (const code of codes) {
    const year = periodCodeToYear(code.id);
    if (year !== null) byYear.set(year, code);
  }
  return byYear;
}

function buildNotes(options: {
  indicator: IndicatorDefinition;
  rows: IndicatorRow[];
  missingYears: number[];
  availableYears: number[];
  unknownGemeenteCodes: string[];
}): string[] {
  const notes: string[] = [];
  const latest = options.availableYears.at(-1);
  if (options.missingYears.length > 0) {
    notes.push(
      `CBS-tabel ${options.indicator.table} heeft geen jaarcijfers voor ${options.missingYears.join(', ')}` +
        (latest === undefined ? '.' : `; het meest recente jaar is ${latest}.`),
    );
  }
  const unknownGemeenten = options.unknownGemeenteCodes.filter((code) => code !== NATION_CODE);
  if (unknownGemeenten.length > 0) notes.push(`Onbekende gemeentecode(s) in tabel ${options.indicator.table}: ${unknownGemeenten.join(', ')}.`);
  if (options.unknownGemeenteCodes.includes(NATION_CODE)) notes.push(`Tabel ${options.indicator.table} heeft geen cijfer voor heel Nederland (${NATION_CODE}).`);
  const provisional = [...new Set(options.rows.filter((row) => row.periodStatus !== null && row.periodStatus !== 'Definitief').map((row) => row.year))];
  if (provisional.length > 0) notes.push(`De cijfers over ${provisional.join(', ')} zijn (nader) voorlopig.`);
  const suppressed = options.rows.filter((row) => row.value === null);
  if (suppressed.length > 0) {
    notes.push(`Geen CBS-waarde voor: ${suppressed.map((row) => `${row.gemeente} ${row.year}`).join(', ')} (geheim, niet van toepassing of onbekend).`);
  }
  return notes;
}
