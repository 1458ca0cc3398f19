import type { GemeenteRecord, ProvinceRef } from './gemeente.ts';
import { commonWordNames } from './gemeente-aliases.ts';
import { normalizeName } from './normalize-text.ts';
import { listProvinces } from './provinces.ts';

/** Pre-built lookup structures over the gazetteer, built once; over current or former gemeenten. */
export interface GazetteerIndex<R extends GemeenteRecord = GemeenteRecord> {
  records: readonly R[];
  /** Normalised name or alias → gemeenten carrying it (several for "bergen"). */
  byKey: ReadonlyMap<string, readonly R[]>;
  /** Normalised province name → province. */
  provinces: ReadonlyMap<string, ProvinceRef>;
  byCode: ReadonlyMap<string, R>;
  /** Largest number of words in a key, bounding the free-text scan. */
  maxKeyWords: number;
  /** Keys that are also common words; matched in text only when capitalised. */
  commonWordKeys: ReadonlySet<string>;
}

export function buildGazetteerIndex<R extends GemeenteRecord>({ records }: { records: readonly R[] }): GazetteerIndex<R> {
  const byKey = new Map<string, R[]>();
  const add = (name: string, record: R): void => {
    const key = normalizeName(name);
    if (key.length === 0) return;
    const list = byKey.get(key) ?? [];
    if (!list.includes(record)) list.push(record);
    byKey.set(key, list);
  };
  for (const record of records) {
    add(record.name, record);
    add(record.officialName, record);
    for (const alias of record.aliases) add(alias, record);
  }
  // "Bergen" alone names two gemeenten: register the bare base name of disambiguated names.
  for (const record of records) {
    const base = record.name.replace(/\s*\([^)]*\)$/, '');
    if (base !== record.name && !byKey.has(normalizeName(base))) {
      for (const other of records) if (other.name.replace(/\s*\([^)]*\)$/, '') === base) add(base, other);
    }
  }
  const provinces = new Map<string, ProvinceRef>();
  for (const { province, names } of listProvinces({ records })) for (const name of names) provinces.set(normalizeName(name), province);
  const maxKeyWords = Math.max(1, ...[...byKey.keys()].map((key) => key.split(' ').length));
  return {
    records,
    byKey,
    provinces,
    byCode: new Map(records.map((record) => [record.code, record])),
    maxKeyWords,
    commonWordKeys: commonWordNames,
  };
}
