import { DEFAULT_CBS_ODATA_V3_URL, DEFAULT_CBS_ODATA_V4_URL, type CbsBaseUrls } from '../../sources/cbs/index.ts';

/** Base URLs from the environment (`CBS_ODATA_V4_URL`, `CBS_ODATA_V3_URL`), with the public CBS defaults. */
export function cbsBaseUrlsFromEnv(env: Record<string, string | undefined>): CbsBaseUrls {
  return {
    v4BaseUrl: nonEmpty(env['CBS_ODATA_V4_URL']) ?? DEFAULT_CBS_ODATA_V4_URL,
    v3BaseUrl: nonEmpty(env['CBS_ODATA_V3_URL']) ?? DEFAULT_CBS_ODATA_V3_URL,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
