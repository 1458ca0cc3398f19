import type { FormerGemeente, GemeenteRecord } from './gemeente.ts';
import { curatedAliases } from './gemeente-aliases.ts';
import { normalizeName } from './normalize-text.ts';

/** A row of the CBS RegioSCodes code list. */
export interface RegionCode {
  Identifier: string;
  Title: string;
  Description?: string | null;
  DimensionGroupId?: string | null;
}

/** A row of the CBS Observations entity (only the fields used here). */
export interface RegionObservation {
  RegioS: string;
  Perioden: string;
  Value: number | null;
}

export interface BuiltGazetteer {
  records: GemeenteRecord[];
  /** Period whose population observations decided which gemeenten are current, e.g. "2026JJ00". */
  latestPeriod: string;
  /** Inconsistencies between the observations and the code list, for the generator to report. */
  warnings: string[];
}

/** Province abbreviations CBS uses in disambiguated names ("Bergen (NH.)"). */
const abbreviationProvince: Readonly<Record<string, string>> = {
  GR: 'Groningen', FR: 'Fryslân', DR: 'Drenthe', O: 'Overijssel', FL: 'Flevoland', GLD: 'Gelderland', GL: 'Gelderland',
  U: 'Utrecht', NH: 'Noord-Holland', ZH: 'Zuid-Holland', Z: 'Zeeland', NB: 'Noord-Brabant', L: 'Limburg',
};

/**
 * Derives the current gemeenten from recorded CBS 03759ned data: a gemeente is current when it
 * has a population figure in the latest period with any gemeente figures. The code list marks
 * dissolved gemeenten with "Opgeheven per …"; such a gemeente with figures is reported as a warning.
 */
export function buildGazetteerRecords({ regionCodes, observations }: { regionCodes: RegionCode[]; observations: RegionObservation[] }): BuiltGazetteer {
  const gemeenteObservations = observations.filter((row) => row.RegioS.trim().startsWith('GM') && row.Value !== null);
  const latestPeriod = gemeenteObservations.reduce((latest, row) => (row.Perioden > latest ? row.Perioden : latest), '');
  const current = new Set(gemeenteObservations.filter((row) => row.Perioden === latestPeriod).map((row) => row.RegioS.trim()));
  const provinces = new Map(
    regionCodes
      .filter((region) => region.Identifier.trim().startsWith('PV'))
      .map((region) => [region.Identifier.trim(), region.Title.replace(/\s*\(PV\)$/, '')]),
  );
  const warnings: string[] = [];
  const gemeenteCodes = regionCodes.filter((region) => current.has(region.Identifier.trim()));
  for (const code of current) {
    if (!gemeenteCodes.some((region) => region.Identifier.trim() === code)) warnings.push(`${code}: figures but not in the code list`);
  }

  const names = gemeenteCodes.map((region) => ({ region, name: region.Title.replace(/\s*\(gemeente\)$/, '').trim() }));
  const baseCounts = new Map<string, number>();
  for (const { name } of names) baseCounts.set(baseName(name), (baseCounts.get(baseName(name)) ?? 0) + 1);

  const records = names.map(({ region, name }): GemeenteRecord => {
    const code = region.Identifier.trim();
    if (/^Opgeheven per/.test(region.Description ?? '')) warnings.push(`${code} ${region.Title}: marked "Opgeheven" but has figures`);
    const provinceCode = (region.DimensionGroupId ?? '').replace(/^GM/, '');
    const province = provinces.get(provinceCode);
    if (province === undefined) warnings.push(`${code} ${region.Title}: unknown province group ${region.DimensionGroupId ?? ''}`);
    const aliases = [...generatedAliases(name, province ?? '', baseCounts), ...(curatedAliases[code] ?? [])];
    return { code, name, officialName: region.Title, province: province ?? '', provinceCode, aliases: dedupeAliases(name, aliases) };
  });
  records.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.code.localeCompare(b.code));
  return { records, latestPeriod, warnings };
}

/** Gemeenten dissolved from this day on are kept: the decentralisations of 2015 and later are what users ask about. */
const FORMER_SINCE = '2015-01-01';

/**
 * The gemeenten the CBS code list marks "Opgeheven per DD-MM-YYYY, overgegaan naar: - Name (GMxxxx), …
 * N inwoners" since 2015, with the gemeenten they went to (most inhabitants first). A name a current
 * gemeente still carries is left out: the current one is meant.
 */
export function buildFormerGemeenteRecords({ regionCodes, current }: { regionCodes: RegionCode[]; current: readonly GemeenteRecord[] }): FormerGemeente[] {
  const provinces = new Map(regionCodes.filter((region) => region.Identifier.trim().startsWith('PV')).map((region) => [region.Identifier.trim(), region.Title.replace(/\s*\(PV\)$/, '')]));
  const currentNames = new Set(current.flatMap((record) => [record.name, ...record.aliases]).map(normalizeName));
  const former: FormerGemeente[] = [];
  for (const region of regionCodes) {
    const code = region.Identifier.trim();
    const dissolved = /^Opgeheven per (\d{2})-(\d{2})-(\d{4})/.exec(region.Description ?? '');
    if (!code.startsWith('GM') || !dissolved) continue;
    const date = `${dissolved[3]}-${dissolved[2]}-${dissolved[1]}`;
    const name = region.Title.replace(/\s*\(gemeente\)$/, '').trim();
    if (date < FORMER_SINCE || currentNames.has(normalizeName(name)) || current.some((record) => record.code === code)) continue;
    // The first block of the description is the dissolution: "- Westerwolde (GM1950),\n... 10837 hectare met 4118 woningen en 8816 inwoners".
    const block = (region.Description ?? '').split(/\r?\n\r?\n/)[0] ?? '';
    const successors = [...block.matchAll(/- (.+?) \((GM\d{4})\),\r?\n\.\.\. \d+ hectare met \d+ woning(?:en)? en (\d+) inwoners/g)]
      .map((match) => ({ name: match[1]!.replace(/\s*\(gemeente\)$/, ''), code: match[2]!, inhabitants: Number(match[3]) }))
      .sort((a, b) => b.inhabitants - a.inhabitants)
      // Land without inhabitants that went elsewhere (Muiden's 235 hectare to Weesp) is no successor a user means.
      .filter((successor, i) => i === 0 || successor.inhabitants > 0)
      .map(({ name: successor, code: successorCode }) => ({ code: successorCode, name: current.find((record) => record.code === successorCode)?.name ?? successor }));
    if (successors.length === 0) continue;
    const provinceCode = (region.DimensionGroupId ?? '').replace(/^GM/, '');
    former.push({ code, name, officialName: region.Title, province: provinces.get(provinceCode) ?? '', provinceCode, aliases: [], dissolved: date, successors });
  }
  return former.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.code.localeCompare(b.code));
}

function baseName(name: string): string {
  return name.replace(/\s*\([^)]*\)$/, '').trim();
}

/** "Bergen (NH.)" → "Bergen NH", "Bergen (NH)", "Bergen (Noord-Holland)", "Bergen Noord-Holland" (+ "Bergen" when unique). */
function generatedAliases(name: string, province: string, baseCounts: Map<string, number>): string[] {
  const match = /^(.*?)\s*\(([A-Za-z]+)\.?\)$/.exec(name);
  if (!match) return [];
  const base = match[1] ?? '';
  const abbreviation = match[2] ?? '';
  const provinceName = abbreviationProvince[abbreviation.toUpperCase()] ?? province;
  const aliases = [`${base} ${abbreviation}`, `${base} (${abbreviation})`, `${base} (${provinceName})`, `${base} ${provinceName}`];
  if (baseCounts.get(base) === 1) aliases.push(base);
  return aliases;
}

function dedupeAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([name]);
  const result: string[] = [];
  for (const alias of aliases) {
    if (seen.has(alias) || normalizeName(alias).length === 0) continue;
    seen.add(alias);
    result.push(alias);
  }
  return result;
}
