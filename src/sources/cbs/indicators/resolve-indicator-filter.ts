import type { CbsClient } from '../cbs-client.ts';
import type { CbsFilter } from '../cbs-types.ts';
import { CbsUnavailableError } from '../cbs-unavailable-error.ts';
import { normalizeTitle } from '../measure-matching.ts';
import type { IndicatorDefinition } from './indicator-schema.ts';

export interface ResolvedIndicatorFilter {
  regionDimension: string;
  /** Fixed dimension codes of the indicator (care form, sex, age, …), without region and period. */
  filter: CbsFilter;
  provenance: Array<{ retrievedAt: string; fromCache: boolean }>;
}

/**
 * Turns the catalogue's declarative filters into codes: codes given by title are looked up in the
 * table's code list, and a missing region dimension is found as the table's GeoDimension.
 */
export async function resolveIndicatorFilter(options: {
  indicator: IndicatorDefinition;
  client: CbsClient;
}): Promise<ResolvedIndicatorFilter> {
  const { indicator, client } = options;
  const provenance: ResolvedIndicatorFilter['provenance'] = [];
  let regionDimension = indicator.regionDimension;
  if (regionDimension === null) {
    const dimensions = await client.getDimensions({ table: indicator.table });
    provenance.push(dimensions);
    regionDimension = dimensions.data.find((dimension) => dimension.kind === 'GeoDimension')?.id ?? null;
    if (regionDimension === null) throw notFound(indicator.table, 'no GeoDimension in table');
  }

  const filter: CbsFilter = {};
  for (const dimensionFilter of indicator.dimensionFilters) {
    if (dimensionFilter.code !== undefined) {
      filter[dimensionFilter.dimension] = [dimensionFilter.code];
      continue;
    }
    const codes = await client.getCodes({ table: indicator.table, dimension: dimensionFilter.dimension });
    provenance.push(codes);
    const wanted = normalizeTitle(dimensionFilter.codeTitle ?? '');
    const match = codes.data.find((code) => normalizeTitle(code.title) === wanted);
    if (!match) throw notFound(indicator.table, `no code titled '${dimensionFilter.codeTitle}' in ${dimensionFilter.dimension}`);
    filter[dimensionFilter.dimension] = [match.id];
  }
  return { regionDimension, filter, provenance };
}

function notFound(table: string, detail: string): CbsUnavailableError {
  return new CbsUnavailableError({ reason: 'not-found', table, detail });
}
