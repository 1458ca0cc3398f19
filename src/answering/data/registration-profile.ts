import type { RegistrationReader } from '../../sources/registrations/index.ts';

/** What the router needs to know about the registration: which gemeenten it holds and its span. */
export interface RegistrationProfile {
  /** Gemeentecodes present in the toewijzingen, sorted. */
  gemeenteCodes: readonly string[];
  /** Generated voorbeelddata: naming its gemeente does not make a question about the registration. */
  isSample: boolean;
  /** OWN_GEMEENTE: what "we" means when the registration holds several gemeenten. */
  ownGemeenteCode?: string;
  earliestBegindatum: string | null;
  latestBegindatum: string | null;
  /** Date of the latest import: the registration knows nothing after it. */
  latestImportDate: string | null;
}

/** Reads the profile from the store (the reader caches these queries until the data changes). */
export function readRegistrationProfile({ reader, ownGemeenteCode }: { reader: RegistrationReader; ownGemeenteCode?: string }): RegistrationProfile {
  const summary = reader.summary();
  const imports = reader.listImports();
  const latest = imports.reduce<string | null>((date, record) => (date === null || record.importedAt > date ? record.importedAt : date), null);
  return {
    gemeenteCodes: summary.gemeenteCodes,
    isSample: imports.some((record) => record.isSample),
    ...(ownGemeenteCode ? { ownGemeenteCode } : {}),
    earliestBegindatum: summary.earliestBegindatum,
    latestBegindatum: summary.latestBegindatum,
    latestImportDate: latest ? latest.slice(0, 10) : null,
  };
}
