export const DEFAULT_CBS_ODATA_V4_URL = 'https://datasets.cbs.nl/odata/v1/CBS';
export const DEFAULT_CBS_ODATA_V3_URL = 'https://opendata.cbs.nl/ODataApi/odata';

/** Where the CBS OData APIs are: the public addresses by default, a proxy or a test server otherwise. */
export interface CbsBaseUrls {
  v4BaseUrl: string;
  v3BaseUrl: string;
}
