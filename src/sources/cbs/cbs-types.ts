/** Which CBS open-data interface answered: OData v4 (datasets.cbs.nl) or the older v3 (opendata.cbs.nl). */
export type CbsApi = 'v4' | 'v3';

/**
 * Every answer of the client says where it came from, so the caller can cite it:
 * "CBS StatLine 03759ned, opgehaald 2026-11-20" or, from the cache, "stand CBS van 20-11-2026".
 */
export interface CbsResult<T> {
  data: T;
  api: CbsApi;
  /** Date (YYYY-MM-DD) the oldest response behind this result was retrieved from CBS. */
  retrievedAt: string;
  /** True when at least one response came from the on-disk cache instead of CBS. */
  fromCache: boolean;
}

/** One cell of a table in the same shape for v4 and v3. Codes are trimmed. */
export interface CbsObservation {
  /** v4 measure identifier (e.g. `M000352`) or v3 topic key (e.g. `GerealiseerdeKosten_2`). */
  measure: string;
  /** Dimension identifier → code, e.g. `{ RegioS: 'GM0344', Perioden: '2023JJ00' }`. */
  dimensions: Record<string, string>;
  value: number | null;
  /** True when CBS publishes no value for the cell (secret, impossible, not yet known). */
  suppressed: boolean;
  /** v4 `ValueAttribute` (`None`, `Impossible`, `Confidential`, …); null for v3, which has no attribute. */
  valueAttribute: string | null;
}

/**
 * How a caller names a measure. v4 identifiers and v3 keys differ for the same measure,
 * so a selector may carry both plus the title, which is the only thing the two share.
 */
export interface MeasureSelector {
  code?: string | undefined;
  v3Key?: string | undefined;
  /** Exact titles (compared case- and whitespace-insensitively), tried in order. */
  titles?: string[] | undefined;
}

/** The measure a selector resolved to in the API that answered. */
export interface ResolvedMeasure {
  id: string;
  title: string | null;
  unit: string | null;
}

export interface CbsObservationSet {
  observations: CbsObservation[];
  /** Aligned with the selectors passed in. */
  measures: ResolvedMeasure[];
}

/** Filter per dimension: identifier → allowed codes. `Measure` holds measure ids. */
export type CbsFilter = Record<string, string[] | undefined>;

export interface CbsCode {
  id: string;
  title: string;
  description: string;
  /** Period status where CBS gives one: `Definitief`, `Voorlopig`, `Nader voorlopig`. */
  status: string | null;
}

export interface CbsMeasure {
  id: string;
  title: string;
  description: string;
  unit: string | null;
  decimals: number | null;
}

export type CbsDimensionKind = 'Dimension' | 'GeoDimension' | 'TimeDimension';

export interface CbsDimension {
  id: string;
  title: string;
  kind: CbsDimensionKind;
}

export interface CbsTableProperties {
  id: string;
  title: string;
  description: string;
  modified: string | null;
}
