import { z } from 'zod';
import type { JsonResponse, JsonSource } from './cached-json-source.ts';
import { CbsRequestError } from './cbs-request-error.ts';

const pageSchema = z.looseObject({ value: z.array(z.record(z.string(), z.unknown())) });

/**
 * Reads an OData list with all its pages: follows the next link that `nextUrlOf` finds in each page
 * (v4 `@odata.nextLink`, v3 `odata.nextLink`), up to `maxPages`.
 */
export async function fetchAllPages(options: {
  url: string;
  json: JsonSource;
  maxPages: number;
  api: 'v3' | 'v4';
  nextUrlOf: (page: Record<string, unknown>, currentUrl: string) => string | undefined;
}): Promise<{ rows: Record<string, unknown>[]; responses: JsonResponse[] }> {
  const { url, json, maxPages, api } = options;
  const rows: Record<string, unknown>[] = [];
  const responses: JsonResponse[] = [];
  let next: string | undefined = url;
  for (let page = 0; next !== undefined; page += 1) {
    if (page >= maxPages) throw badCbsResponse({ url, api, message: `more than ${maxPages} pages` });
    const response = await json.get(next);
    responses.push(response);
    const parsed = parseCbsResponse({ schema: pageSchema, body: response.body, url: next, api });
    rows.push(...parsed.value);
    next = options.nextUrlOf(parsed, next);
  }
  return { rows, responses };
}

export function parseCbsResponse<T>(options: { schema: z.ZodType<T>; body: unknown; url: string; api: 'v3' | 'v4' }): T {
  const result = options.schema.safeParse(options.body);
  if (!result.success) throw badCbsResponse({ url: options.url, api: options.api, message: result.error.message });
  return result.data;
}

export function badCbsResponse(options: { url: string; api: 'v3' | 'v4'; message: string }): CbsRequestError {
  const label = options.api === 'v3' ? 'CBS v3 response' : 'CBS response';
  return new CbsRequestError({ reason: 'bad-json', url: options.url, message: `unexpected ${label}: ${options.message}` });
}
