/** The public face of sources/cbs/: what other folders may import from it. */
export { type CbsBaseUrls, DEFAULT_CBS_ODATA_V3_URL, DEFAULT_CBS_ODATA_V4_URL } from './cbs-base-urls.ts';
export { type CbsClient, createCbsClient } from './cbs-client.ts';
export { CbsUnavailableError } from './cbs-unavailable-error.ts';
export { type IndicatorCatalogue, loadIndicatorCatalogue } from './indicators/indicator-catalogue.ts';
export { IndicatorNotFoundError } from './indicators/indicator-not-found-error.ts';
export type { IndicatorDefinition } from './indicators/indicator-schema.ts';
export type { IndicatorSource } from './indicators/indicator-source.ts';
export { NATION_CODE, type QueryIndicatorInput, queryIndicatorInput } from './indicators/query-indicator-input.ts';
export { type IndicatorRow, type QueryIndicatorResult, queryIndicator } from './indicators/query-indicator.ts';
