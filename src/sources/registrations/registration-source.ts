import type { BilingualText } from './metric-definitions.ts';
import type { RegistrationImportRecord } from './registration-reader.ts';

/** Where a registration figure comes from; every answer quotes `label`. */
export interface RegistrationSource {
  kind: 'registratie';
  /** Imports whose toewijzingen are behind the figure (all imports when there are none). */
  importIds: number[];
  /** ISO timestamp of the latest of those imports. */
  importedAt: string | null;
  /** True when any of them is generated sample data (voorbeelddata). */
  isSample: boolean;
  /** "Eigen registratie, import 2026-11-01 (voorbeelddata)". */
  label: BilingualText;
}

export function describeRegistrationSource({ imports, importIds }: {
  imports: readonly RegistrationImportRecord[];
  importIds: ReadonlySet<number>;
}): RegistrationSource {
  const behind = importIds.size > 0 ? imports.filter((record) => importIds.has(record.id)) : imports;
  const importedAt = behind.reduce<string | null>((latest, record) => (latest === null || record.importedAt > latest ? record.importedAt : latest), null);
  const isSample = behind.some((record) => record.isSample);
  const date = importedAt ? importedAt.slice(0, 10) : 'onbekend';
  return {
    kind: 'registratie',
    importIds: behind.map((record) => record.id),
    importedAt,
    isSample,
    label: {
      nl: `Eigen registratie, import ${date}${isSample ? ' (voorbeelddata)' : ''}`,
      en: `Own registration, import ${importedAt ? date : 'unknown'}${isSample ? ' (sample data)' : ''}`,
    },
  };
}
