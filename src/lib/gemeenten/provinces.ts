import type { GemeenteRecord, ProvinceRef } from './gemeente.ts';

/** Other names of provinces, keyed by the CBS province name. */
const provinceAliases: Readonly<Record<string, readonly string[]>> = {
  'Fryslân': ['Friesland'],
  'Noord-Brabant': ['Brabant'],
};

/** The provinces of the given gemeenten, with the names they go by. */
export function listProvinces({ records }: { records: readonly GemeenteRecord[] }): { province: ProvinceRef; names: string[] }[] {
  const byCode = new Map<string, ProvinceRef>();
  for (const record of records) byCode.set(record.provinceCode, { code: record.provinceCode, name: record.province });
  return [...byCode.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((province) => ({ province, names: [province.name, ...(provinceAliases[province.name] ?? [])] }));
}
