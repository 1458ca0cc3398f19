import { createJsonSource } from './cached-json-source.ts';
import { CbsRequestError } from './cbs-request-error.ts';
import type {
  CbsCode,
  CbsDimension,
  CbsFilter,
  CbsMeasure,
  CbsObservationSet,
  CbsResult,
  CbsTableProperties,
  MeasureSelector,
} from './cbs-types.ts';
import { CbsUnavailableError } from './cbs-unavailable-error.ts';
import { MeasureNotFoundError } from './measure-not-found-error.ts';
import { createResponseCache } from './response-cache.ts';
import { createV3Source } from './v3-source.ts';
import { createV4Source } from './v4-source.ts';

export interface CbsClientOptions {
  /** e.g. `https://datasets.cbs.nl/odata/v1/CBS` (env `CBS_ODATA_V4_URL`). */
  v4BaseUrl: string;
  /** e.g. `https://opendata.cbs.nl/ODataApi/odata` (env `CBS_ODATA_V3_URL`). */
  v3BaseUrl: string;
  /** Bulk v3 interface; defaults to the v3 URL with `/ODataApi/` replaced by `/ODataFeed/`. */
  v3FeedBaseUrl?: string;
  /** Directory of the on-disk response cache. */
  cacheDir: string;
  fetch?: typeof fetch;
  /** Per request (default 15 s). */
  timeoutMs?: number;
  /** Extra attempts on 429/5xx/network errors/timeouts (default 2). */
  retries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** Row limit per v3 ODataApi request (default 9,999; CBS refuses more than 10,000). */
  v3MaxRows?: number;
  /** Serve cached responses younger than this without asking CBS (default 0: always ask CBS first). */
  freshForMs?: number;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface GetObservationsOptions {
  table: string;
  /** Dimension filters; `Measure` holds measure ids (v4 identifier or v3 key). */
  filter?: CbsFilter;
  /** Richer measure selection (code, v3 key and/or titles); combined with `filter.Measure`. */
  measures?: MeasureSelector[];
}

export interface CbsClient {
  getObservations(options: GetObservationsOptions): Promise<CbsResult<CbsObservationSet>>;
  getCodes(options: { table: string; dimension: string }): Promise<CbsResult<CbsCode[]>>;
  getMeasureCodes(options: { table: string }): Promise<CbsResult<CbsMeasure[]>>;
  getDimensions(options: { table: string }): Promise<CbsResult<CbsDimension[]>>;
  getProperties(options: { table: string }): Promise<CbsResult<CbsTableProperties>>;
}

/**
 * CBS StatLine client: OData v4 first, v3 when v4 does not have the table or fails,
 * the on-disk cache when CBS is unreachable. Every failure ends as `CbsUnavailableError`.
 */
export function createCbsClient(options: CbsClientOptions): CbsClient {
  const json = createJsonSource({
    cache: createResponseCache({ cacheDir: options.cacheDir }),
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? 15_000,
    retry: {
      retries: options.retries ?? 2,
      baseDelayMs: options.retryBaseDelayMs ?? 500,
      maxDelayMs: options.retryMaxDelayMs ?? 8_000,
    },
    now: options.now ?? (() => new Date()),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    freshForMs: options.freshForMs ?? 0,
  });
  const v4 = createV4Source({ baseUrl: options.v4BaseUrl, json });
  const v3 = createV3Source({
    baseUrl: options.v3BaseUrl,
    feedBaseUrl: options.v3FeedBaseUrl ?? options.v3BaseUrl.replace('/ODataApi/', '/ODataFeed/'),
    maxRows: options.v3MaxRows,
    json,
  });

  return {
    getObservations({ table, filter = {}, measures = [] }) {
      const selectors = [...measures, ...(filter.Measure ?? []).map((id) => ({ code: id, v3Key: id }))];
      return withFallback(
        table,
        () => v4.getObservations(table, selectors, filter),
        () => v3.getObservations(table, selectors, filter),
      );
    },
    getCodes({ table, dimension }) {
      return withFallback(table, () => v4.getCodes(table, dimension), () => v3.getCodes(table, dimension));
    },
    getMeasureCodes({ table }) {
      return withFallback(table, () => v4.getMeasureCodes(table), () => v3.getMeasureCodes(table));
    },
    getDimensions({ table }) {
      return withFallback(table, () => v4.getDimensions(table), () => v3.getDimensions(table));
    },
    getProperties({ table }) {
      return withFallback(table, () => v4.getProperties(table), () => v3.getProperties(table));
    },
  };
}

async function withFallback<T>(table: string, viaV4: () => Promise<T>, viaV3: () => Promise<T>): Promise<T> {
  let v4Error: CbsRequestError | MeasureNotFoundError;
  try {
    return await viaV4();
  } catch (error) {
    if (!isCbsFailure(error)) throw error;
    v4Error = error;
  }
  try {
    return await viaV3();
  } catch (v3Error) {
    if (!isCbsFailure(v3Error)) throw v3Error;
    throw toUnavailable(table, v4Error, v3Error);
  }
}

function isCbsFailure(error: unknown): error is CbsRequestError | MeasureNotFoundError {
  return CbsRequestError.isInstance(error) || MeasureNotFoundError.isInstance(error);
}

function toUnavailable(
  table: string,
  v4Error: CbsRequestError | MeasureNotFoundError,
  v3Error: CbsRequestError | MeasureNotFoundError,
): CbsUnavailableError {
  const errors = [v4Error, v3Error];
  const detail = `v4: ${v4Error.message}; v3: ${v3Error.message}`;
  const unreachable = errors.some((error) => CbsRequestError.isInstance(error) && error.isUnreachable);
  const notFound = errors.every(
    (error) => MeasureNotFoundError.isInstance(error) || (CbsRequestError.isInstance(error) && error.isNotFound),
  );
  const reason = unreachable ? 'unreachable' : notFound ? 'not-found' : 'bad-response';
  return new CbsUnavailableError({ reason, table, detail, cause: v3Error });
}
