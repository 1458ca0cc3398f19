import { describe, expect, it } from 'vitest';
import { cbsBaseUrlsFromEnv } from '../../../src/app/config/cbs-env.ts';
import { statLineTableUrl } from '../../../src/sources/cbs/statline-url.ts';
import { periodCodeToYear, yearToPeriodCode } from '../../../src/sources/cbs/period-code.ts';

describe('configuration and identifiers', () => {
  it('base URLs from CBS_ODATA_V4_URL / CBS_ODATA_V3_URL, with the public defaults', () => {
    expect(cbsBaseUrlsFromEnv({})).toEqual({
      v4BaseUrl: 'https://datasets.cbs.nl/odata/v1/CBS',
      v3BaseUrl: 'https://opendata.cbs.nl/ODataApi/odata',
    });
    expect(cbsBaseUrlsFromEnv({ CBS_ODATA_V4_URL: ' http://proxy/v4 ', CBS_ODATA_V3_URL: '' }).v4BaseUrl).toBe('http://proxy/v4');
  });

  it('StatLine page and period codes', () => {
    expect(statLineTableUrl('85099NED')).toBe('https://opendata.cbs.nl/#/CBS/nl/dataset/85099NED/table');
    expect(yearToPeriodCode(2023)).toBe('2023JJ00');
    expect(periodCodeToYear('2023JJ00')).toBe(2023);
    expect(periodCodeToYear('2023HJ01')).toBeNull();
  });
});
