import type { CbsApi } from '../cbs-types.ts';
import { statLineTableUrl } from '../statline-url.ts';

export interface IndicatorSource {
  table: string;
  tableTitle: string;
  /** Public StatLine page of the table. */
  url: string;
  api: CbsApi;
  /** YYYY-MM-DD of the oldest CBS response used. */
  retrievedAt: string;
  fromCache: boolean;
  /** "CBS StatLine 85099NED, 2023, opgehaald 2026-11-20" or "…, stand CBS van 20-11-2026" when from the cache. */
  citation: string;
}

export function buildIndicatorSource(options: {
  table: string;
  tableTitle: string;
  api: CbsApi;
  years: number[];
  provenance: Array<{ retrievedAt: string; fromCache: boolean }>;
}): IndicatorSource {
  const retrievedAt = options.provenance.map((entry) => entry.retrievedAt).sort()[0] ?? '';
  const fromCache = options.provenance.some((entry) => entry.fromCache);
  const years = [...new Set(options.years)].sort((a, b) => a - b).join(', ');
  const when = fromCache ? `stand CBS van ${toDutchDate(retrievedAt)}` : `opgehaald ${retrievedAt}`;
  return {
    table: options.table,
    tableTitle: options.tableTitle,
    url: statLineTableUrl(options.table),
    api: options.api,
    retrievedAt,
    fromCache,
    citation: ['CBS StatLine', options.table].join(' ') + (years ? `, ${years}` : '') + `, ${when}`,
  };
}

function toDutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return year && month && day ? `${day}-${month}-${year}` : isoDate;
}
