import { z } from 'zod';
import { combineProvenance, type JsonSource } from './cached-json-source.ts';
import { badCbsResponse, fetchAllPages, parseCbsResponse } from './odata-pages.ts';
import type {
  CbsCode,
  CbsDimension,
  CbsFilter,
  CbsMeasure,
  CbsObservation,
  CbsObservationSet,
  CbsResult,
  CbsTableProperties,
  MeasureSelector,
} from './cbs-types.ts';
import { describeSelector, matchMeasure } from './measure-matching.ts';
import { MeasureNotFoundError } from './measure-not-found-error.ts';
import { buildODataFilter, withQuery } from './odata-filter.ts';

const MAX_PAGES = 200;
const NON_DIMENSION_FIELDS = new Set(['Id', 'Measure', 'ValueAttribute', 'Value', 'StringValue']);

const codeSchema = z.object({
  Identifier: z.string(),
  Title: z.string(),
  Description: z.string().nullish(),
  Status: z.string().nullish(),
});
const measureSchema = codeSchema.extend({ Unit: z.string().nullish(), Decimals: z.number().nullish() });
const dimensionSchema = z.object({ Identifier: z.string(), Title: z.string(), Kind: z.string() });
const propertiesSchema = z.object({
  Identifier: z.string(),
  Title: z.string(),
  Description: z.string().nullish(),
  Modified: z.string().nullish(),
});

export interface V4SourceOptions {
  baseUrl: string;
  json: JsonSource;
}

/** Reads tables from the CBS OData v4 API (`/{table}/Observations`, `/MeasureCodes`, `/{Dim}Codes`, …). */
export function createV4Source(options: V4SourceOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const tableUrl = (table: string) => `${base}/${encodeURIComponent(table)}`;

  const list = (url: string) =>
    fetchAllPages({
      url,
      json: options.json,
      maxPages: MAX_PAGES,
      api: 'v4',
      nextUrlOf: (page, current) => (typeof page['@odata.nextLink'] === 'string' ? rebaseNextLink(page['@odata.nextLink'], current, base) : undefined),
    });

  async function getMeasureCodes(table: string): Promise<CbsResult<CbsMeasure[]>> {
    const { rows, responses } = await list(`${tableUrl(table)}/MeasureCodes`);
    const data = rows.map((row) => {
      const measure = parse(measureSchema, row, table);
      return {
        id: measure.Identifier,
        title: measure.Title.trim(),
        description: measure.Description ?? '',
        unit: measure.Unit ?? null,
        decimals: measure.Decimals ?? null,
      };
    });
    return { data, api: 'v4', ...combineProvenance(responses) };
  }

  return {
    getMeasureCodes,

    async getCodes(table: string, dimension: string): Promise<CbsResult<CbsCode[]>> {
      const { rows, responses } = await list(`${tableUrl(table)}/${encodeURIComponent(dimension)}Codes`);
      const data = rows.map((row) => {
        const code = parse(codeSchema, row, table);
        return { id: code.Identifier.trim(), title: code.Title.trim(), description: code.Description ?? '', status: code.Status ?? null };
      });
      return { data, api: 'v4', ...combineProvenance(responses) };
    },

    async getDimensions(table: string): Promise<CbsResult<CbsDimension[]>> {
      const { rows, responses } = await list(`${tableUrl(table)}/Dimensions`);
      const data = rows.map((row) => parse(dimensionSchema, row, table)).flatMap((dimension) => {
        const kind = dimension.Kind;
        if (kind !== 'Dimension' && kind !== 'GeoDimension' && kind !== 'TimeDimension') return [];
        return [{ id: dimension.Identifier, title: dimension.Title, kind } satisfies CbsDimension];
      });
      return { data, api: 'v4', ...combineProvenance(responses) };
    },

    async getProperties(table: string): Promise<CbsResult<CbsTableProperties>> {
      const response = await options.json.get(`${tableUrl(table)}/Properties`);
      const properties = parse(propertiesSchema, response.body, table);
      const data = {
        id: properties.Identifier,
        title: properties.Title.trim(),
        description: properties.Description ?? '',
        modified: properties.Modified ?? null,
      };
      return { data, api: 'v4', ...combineProvenance([response]) };
    },

    async getObservations(table: string, selectors: MeasureSelector[], filter: CbsFilter): Promise<CbsResult<CbsObservationSet>> {
      const provenance: Array<{ retrievedAt: string; fromCache: boolean }> = [];
      let measures = selectors.map((selector) => ({ id: selector.code ?? '', title: null as string | null, unit: null as string | null }));
      if (selectors.some((selector) => selector.code === undefined)) {
        const measureCodes = await getMeasureCodes(table);
        provenance.push(measureCodes);
        measures = selectors.map((selector) => {
          const match = matchMeasure(measureCodes.data, selector, (s) => s.code);
          if (!match) throw new MeasureNotFoundError(table, describeSelector(selector));
          return { id: match.id, title: match.title, unit: match.unit };
        });
      }
      const measureIds = selectors.length > 0 ? measures.map((measure) => measure.id) : undefined;
      const $filter = buildODataFilter({ Measure: measureIds, ...withoutMeasure(filter) });
      const { rows, responses } = await list(withQuery(`${tableUrl(table)}/Observations`, { $filter }));
      provenance.push(...responses);
      const observations = rows.map(toObservation);
      return { data: { observations, measures }, api: 'v4', ...combineProvenance(provenance) };
    },
  };
}

function withoutMeasure(filter: CbsFilter): CbsFilter {
  const { Measure: _measure, ...dimensions } = filter;
  return dimensions;
}

function toObservation(row: Record<string, unknown>): CbsObservation {
  const dimensions: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (NON_DIMENSION_FIELDS.has(key) || key.startsWith('@') || typeof value !== 'string') continue;
    dimensions[key] = value.trim();
  }
  const value = typeof row['Value'] === 'number' ? row['Value'] : null;
  const attribute = typeof row['ValueAttribute'] === 'string' ? row['ValueAttribute'] : 'None';
  return {
    measure: String(row['Measure'] ?? '').trim(),
    dimensions,
    value,
    suppressed: value === null,
    valueAttribute: attribute,
  };
}

/** Follows CBS's absolute nextLink, re-rooted on the configured base URL when CBS names its own host. */
function rebaseNextLink(nextLink: string, currentUrl: string, base: string): string {
  const absolute = new URL(nextLink, currentUrl).toString();
  if (absolute.startsWith(`${base}/`)) return absolute;
  const marker = '/odata/v1/CBS/';
  const index = absolute.indexOf(marker);
  if (index >= 0) return `${base}/${absolute.slice(index + marker.length)}`;
  throw badCbsResponse({ api: 'v4', url: currentUrl, message: `unexpected nextLink ${nextLink}` });
}

function parse<T>(schema: z.ZodType<T>, body: unknown, where: string): T {
  return parseCbsResponse({ schema, body, url: where, api: 'v4' });
}
