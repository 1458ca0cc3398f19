import { z } from 'zod';
import { combineProvenance, type JsonSource } from './cached-json-source.ts';
import { fetchAllPages, parseCbsResponse } from './odata-pages.ts';
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
import { splitFilterForRowLimit } from './v3-row-limit.ts';

const MAX_PAGES = 500;
const DIMENSION_TYPES = new Set(['Dimension', 'GeoDimension', 'TimeDimension']);

const dataPropertySchema = z.object({
  Type: z.string(),
  Key: z.string(),
  Title: z.string(),
  Description: z.string().nullish(),
  Unit: z.string().nullish(),
  Decimals: z.number().nullish(),
});
const codeSchema = z.object({ Key: z.string(), Title: z.string(), Description: z.string().nullish(), Status: z.string().nullish() });
const tableInfoSchema = z.object({
  Identifier: z.string(),
  Title: z.string(),
  ShortDescription: z.string().nullish(),
  Modified: z.string().nullish(),
});

export interface V3SourceOptions {
  baseUrl: string;
  /** Bulk interface (`…/ODataFeed/odata`), used when the row count cannot be bounded. */
  feedBaseUrl: string;
  /** Rows per ODataApi request; default `V3_MAX_ROWS`. */
  maxRows?: number | undefined;
  json: JsonSource;
}

/**
 * Reads tables from the older CBS OData v3 API (`/{table}/TypedDataSet`, `/DataProperties`, `/{Dim}`),
 * mapped to the same shapes as v4. v3 codes carry trailing spaces; they are trimmed here.
 */
export function createV3Source(options: V3SourceOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const feedBase = options.feedBaseUrl.replace(/\/+$/, '');
  const tableUrl = (table: string) => `${base}/${encodeURIComponent(table)}`;

  const list = (url: string) =>
    fetchAllPages({
      url,
      json: options.json,
      maxPages: MAX_PAGES,
      api: 'v3',
      nextUrlOf: (page, current) => (typeof page['odata.nextLink'] === 'string' ? new URL(page['odata.nextLink'], current).toString() : undefined),
    });

  async function getDataProperties(table: string) {
    const { rows, responses } = await list(`${tableUrl(table)}/DataProperties`);
    return { properties: rows.map((row) => parse(dataPropertySchema, row, table)), responses };
  }

  async function getMeasureCodes(table: string): Promise<CbsResult<CbsMeasure[]>> {
    const { properties, responses } = await getDataProperties(table);
    const data = properties
      .filter((property) => property.Type === 'Topic')
      .map((property) => ({
        id: property.Key.trim(),
        title: property.Title.trim(),
        description: property.Description ?? '',
        unit: property.Unit?.trim() ?? null,
        decimals: property.Decimals ?? null,
      }));
    return { data, api: 'v3', ...combineProvenance(responses) };
  }

  return {
    getMeasureCodes,

    async getDimensions(table: string): Promise<CbsResult<CbsDimension[]>> {
      const { properties, responses } = await getDataProperties(table);
      const data = properties
        .filter((property) => DIMENSION_TYPES.has(property.Type))
        .map((property) => ({ id: property.Key.trim(), title: property.Title.trim(), kind: property.Type as CbsDimension['kind'] }));
      return { data, api: 'v3', ...combineProvenance(responses) };
    },

    async getCodes(table: string, dimension: string): Promise<CbsResult<CbsCode[]>> {
      const { rows, responses } = await list(`${tableUrl(table)}/${encodeURIComponent(dimension)}`);
      const data = rows.map((row) => {
        const code = parse(codeSchema, row, table);
        return { id: code.Key.trim(), title: code.Title.trim(), description: code.Description ?? '', status: code.Status ?? null };
      });
      return { data, api: 'v3', ...combineProvenance(responses) };
    },

    async getProperties(table: string): Promise<CbsResult<CbsTableProperties>> {
      const { rows, responses } = await list(`${tableUrl(table)}/TableInfos`);
      const info = parse(tableInfoSchema, rows[0], table);
      const data = { id: info.Identifier, title: info.Title.trim(), description: info.ShortDescription ?? '', modified: info.Modified ?? null };
      return { data, api: 'v3', ...combineProvenance(responses) };
    },

    async getObservations(table: string, selectors: MeasureSelector[], filter: CbsFilter): Promise<CbsResult<CbsObservationSet>> {
      const { properties, responses } = await getDataProperties(table);
      const topics = properties
        .filter((property) => property.Type === 'Topic')
        .map((property) => ({ id: property.Key.trim(), title: property.Title.trim(), unit: property.Unit?.trim() ?? null }));
      const dimensions = properties.filter((property) => DIMENSION_TYPES.has(property.Type)).map((property) => property.Key.trim());
      const measures = selectors.map((selector) => {
        const match = matchMeasure(topics, selector, (s) => s.v3Key ?? s.code);
        if (!match) throw new MeasureNotFoundError(table, describeSelector(selector));
        return match;
      });
      const measureKeys = (measures.length > 0 ? measures : topics).map((measure) => measure.id);
      const { Measure: _measure, ...dimensionFilter } = filter;
      const $select = ['ID', ...dimensions, ...measureKeys].join(',');

      const chunks = splitFilterForRowLimit({ filter: dimensionFilter, dimensions, maxRows: options.maxRows });
      const urls =
        chunks === null
          ? [withQuery(`${feedBase}/${encodeURIComponent(table)}/TypedDataSet`, { $filter: buildODataFilter(dimensionFilter), $select })]
          : chunks.map((chunk) => withQuery(`${tableUrl(table)}/TypedDataSet`, { $filter: buildODataFilter(chunk), $select }));

      const observations: CbsObservation[] = [];
      for (const url of urls) {
        const page = await list(url);
        responses.push(...page.responses);
        for (const row of page.rows) observations.push(...toObservations(row, dimensions, measureKeys));
      }
      return { data: { observations, measures }, api: 'v3', ...combineProvenance(responses) };
    },
  };
}

/** One v3 row holds every measure as a column: it becomes one observation per measure. */
function toObservations(row: Record<string, unknown>, dimensions: string[], measureKeys: string[]): CbsObservation[] {
  const codes: Record<string, string> = {};
  for (const dimension of dimensions) {
    const code = row[dimension];
    if (typeof code === 'string') codes[dimension] = code.trim();
  }
  return measureKeys.map((key) => {
    const raw = row[key];
    const value = typeof raw === 'number' ? raw : null;
    return { measure: key, dimensions: { ...codes }, value, suppressed: value === null, valueAttribute: null };
  });
}

function parse<T>(schema: z.ZodType<T>, body: unknown, where: string): T {
  return parseCbsResponse({ schema, body, url: where, api: 'v3' });
}
