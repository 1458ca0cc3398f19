export const DEFAULT_CBS_ODATA_V4_URL = 'https://datasets.cbs.nl/odata/v1/CBS';
export const DEFAULT_CBS_ODATA_V3_URL = 'https://opendata.cbs.nl/ODataApi/odata';

/** Base URLs from the environment (`CBS_ODATA_V4_URL`, `CBS_ODATA_V3_URL`), with the public CBS defaults. */
export function cbsBaseUrlsFromEnv(env: Record<string, string | undefined>): { v4BaseUrl: string; v3BaseUrl: string } {
  return {
    v4BaseUrl: nonEmpty(env['CBS_ODATA_V4_URL']) ?? DEFAULT_CBS_ODATA_V4_URL,
    v3BaseUrl: nonEmpty(env['CBS_ODATA_V3_URL']) ?? DEFAULT_CBS_ODATA_V3_URL,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
