/** The gemeente's own registration (toewijzingen): store, CSV import, metrics and the query tool core. */
export { RegistrationStore, openRegistrationStore, type OpenRegistrationStoreOptions } from './registration-store.ts';
export type { RegistrationReader, AllocationFilter, RegistrationImportRecord, RegistrationSummary } from './registration-reader.ts';
export { openRegistrationData, REGISTRATION_FILE_NAME } from './open-registration-data.ts';
export { importRegistrationCsv, importRegistrationCsvFile, type RegistrationImportReport } from './csv-import.ts';
export { parseRegistrationRows, REQUIRED_COLUMNS, OPTIONAL_COLUMNS } from './parse-registration-rows.ts';
export { RegistrationImportError, type RegistrationRowError, type RegistrationImportErrorReason } from './registration-import-error.ts';
export { RegistrationQueryError, type RegistrationQueryErrorReason } from './registration-query-error.ts';
export { computeRegistrationMetric, type RegistrationMetricResult } from './registration-metrics.ts';
export { metricDefinition, METRIC_LABELS, SCOPE_LABELS, REGISTRATION_METRICS, type RegistrationMetric, type MetricScope } from './metric-definitions.ts';
export { queryRegistrations, queryRegistrationsInput, type QueryRegistrationsInput } from './query-registrations.ts';
export { ensureSampleData, generateSampleRegistrations, SAMPLE_GEMEENTE } from './sample-data.ts';
export type { RegistrationSource } from './registration-source.ts';
export type { RegistrationGroupBy } from './metric-breakdown.ts';
export type { Allocation, RegistrationRow } from './registration-row.ts';
export { gemeenteLabel, loadGemeenteGazetteer } from './gemeente-codes.ts';
export { type MetricGroup, isCalendarGroupBy } from './metric-breakdown.ts';
export { type RegistrationLocation, openAssistantRegistration } from './open-registration-data.ts';
