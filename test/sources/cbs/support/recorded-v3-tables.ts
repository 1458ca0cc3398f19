import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * v3 wire responses built from the real CBS figures copied from `shared/cbs/<table>/` into
 * `test/fixtures/cbs/<table>/recorded/` (see the README there). No raw OData response of these
 * tables exists, so the test server builds the TypedDataSet and the region code list from those
 * files at serve time: every value a test sees is a value of the recorded file, and only the
 * envelope (IDs, two trailing spaces after region keys as CBS v3 sends them) is made here.
 */
export function recordedV3(fixturesDir: string, table: string, entity: string): { value: Record<string, unknown>[] } | undefined {
  const source = SOURCES[table];
  if (!source) return undefined;
  const file = join(fixturesDir, table, 'recorded', source.file);
  if (!existsSync(file)) return undefined;
  const rows = readCsv(file);
  if (entity === 'TypedDataSet') return { value: rows.map((row, index) => ({ ID: index, ...source.toRow(row, fixturesDir) })) };
  if (entity === source.regionDimension) {
    const seen = new Map<string, string>();
    for (const row of rows) seen.set(row[source.regionCodeColumn]!, row[source.regionTitleColumn]!);
    return { value: [...seen].map(([code, title]) => ({ Key: `${code}  `, Title: title, Description: null, DimensionGroupId: null })) };
  }
  return undefined;
}

interface RecordedSource {
  file: string;
  regionDimension: string;
  regionCodeColumn: string;
  regionTitleColumn: string;
  toRow(row: Record<string, string>, fixturesDir: string): Record<string, unknown>;
}

const number = (text: string | undefined): number | null => (text === undefined || text === '' ? null : Number(text));

const SOURCES: Record<string, RecordedSource> = {
  // Printed output of cbs_get_data("85098NED", Perioden = "2022JJ00", ...) in the cbsodataR vignette: real v3 keys and values.
  '85098NED': {
    file: '85098NED_2022JJ00_10-gemeenten_from-vignette.csv',
    regionDimension: 'RegioS',
    regionCodeColumn: 'RegioS',
    regionTitleColumn: 'statnaam',
    toRow: (row) => ({
      RegioS: `${row['RegioS']}  `,
      Perioden: row['Perioden'],
      JongerenMetJeugdhulpInNatura_1: number(row['JongerenMetJeugdhulpInNatura_1']),
      JongerenMetJeugdhMetVerblInNat_2: number(row['JongerenMetJeugdhMetVerblInNat_2']),
      JongerenMetJeugdbescherming_3: number(row['JongerenMetJeugdbescherming_3']),
      JeugdbeschEnJeugdhMetVerblInNat_4: number(row['JeugdbeschEnJeugdhMetVerblInNat_4']),
      JongerenMetJeugdreclassering_5: number(row['JongerenMetJeugdreclassering_5']),
    }),
  },
  // The StatLine page of 83454NED (2021*, x 1 000 euro). The care-form codes are not known: the
  // placeholder codes of synthetic-v3-codes-VormenVanJeugdzorg.json are looked up by the real titles.
  '83454NED': {
    file: '83454NED_2021prov_limburg_from-statline-excerpt.csv',
    regionDimension: 'Regio',
    regionCodeColumn: 'RegioCode_via_03759ned',
    regionTitleColumn: 'Regio_label',
    toRow: (row, fixturesDir) => ({
      VormenVanJeugdzorg: codeByTitle(fixturesDir, '83454NED', 'VormenVanJeugdzorg', row['VormenVanJeugdzorg_label']!),
      Perioden: codeByTitle(fixturesDir, '83454NED', 'Perioden', row['Perioden_label']!),
      Regio: `${row['RegioCode_via_03759ned']}  `,
      BegroteKosten_1: number(row['BegroteKosten_x1000EUR']),
      GerealiseerdeKosten_2: number(row['GerealiseerdeKosten_x1000EUR']),
    }),
  },
};

function codeByTitle(fixturesDir: string, table: string, dimension: string, title: string): string {
  const codes = JSON.parse(readFileSync(join(fixturesDir, table, `synthetic-v3-codes-${dimension}.json`), 'utf8')) as { value: { Key: string; Title: string }[] };
  const found = codes.value.find((code) => code.Title === title);
  if (!found) throw new Error(`${table} ${dimension}: no code for '${title}'`);
  return found.Key;
}

/** A plain CSV reader for the recorded files (comma-separated, no quoted commas in them). */
export function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [columns[index] ?? `column${index}`, cell])));
}
