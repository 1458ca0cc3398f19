import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseODataFilter, rowMatches } from './odata-filter-parser.ts';
import { recordedV3 } from './recorded-v3-tables.ts';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'cbs');

/** What the server does with one request instead of answering normally. */
export type Fault = { status: number } | 'hang' | undefined;

export interface CbsTestServer {
  origin: string;
  v4BaseUrl: string;
  v3BaseUrl: string;
  /** Every request path+query, in order. */
  requests: string[];
  /** Split v4 observation answers into pages of this many rows, linked by `@odata.nextLink`. */
  pageSize: number | null;
  /** Host used in nextLinks: this server, or CBS's own (the client must re-root it). */
  nextLinkHost: 'local' | 'cbs';
  fault: (request: { path: string; index: number }) => Fault;
  close(): Promise<void>;
}

/**
 * Serves the recorded CBS responses in test/fixtures/cbs/<table>/ at the real URL paths:
 * v4 `/odata/v1/CBS/<table>/…` (files `properties.json`, `codes-<Dim>.json`, `observations-page-*.json`)
 * and v3 `/ODataApi/odata/<table>/…` (files `[synthetic-]v3-*.json`, or built from the real figures in
 * `<table>/recorded/`, see recorded-v3-tables.ts). Filters are applied for real.
 */
export async function startCbsTestServer(): Promise<CbsTestServer> {
  const state: CbsTestServer = {
    origin: '',
    v4BaseUrl: '',
    v3BaseUrl: '',
    requests: [],
    pageSize: null,
    nextLinkHost: 'local',
    fault: () => undefined,
    close: async () => undefined,
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const index = state.requests.length;
    state.requests.push(`${url.pathname}${url.search}`);
    const fault = state.fault({ path: `${url.pathname}${url.search}`, index });
    if (fault === 'hang') return; // never answers; the client must time out
    if (fault) return send(response, fault.status, { error: 'injected fault' });
    try {
      route(state, request, url, response);
    } catch (error) {
      send(response, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.origin = `http://127.0.0.1:${port}`;
  state.v4BaseUrl = `${state.origin}/odata/v1/CBS`;
  state.v3BaseUrl = `${state.origin}/ODataApi/odata`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

function route(state: CbsTestServer, _request: IncomingMessage, url: URL, response: ServerResponse): void {
  const v4 = /^\/odata\/v1\/CBS\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (v4) return serveV4(state, v4[1] as string, v4[2] as string, url, response);
  const v3 = /^\/(ODataApi|ODataFeed)\/odata\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (v3) return serveV3(v3[2] as string, v3[3] as string, url, response);
  send(response, 404, { error: 'unknown path' });
}

function serveV4(state: CbsTestServer, table: string, entity: string, url: URL, response: ServerResponse): void {
  const dir = join(FIXTURES_DIR, table);
  if (!existsSync(join(dir, 'properties.json'))) return send(response, 404, { error: `no v4 table ${table}` });
  const simple: Record<string, string> = { Properties: 'properties.json', Dimensions: 'dimensions.json', MeasureCodes: 'measure-codes.json' };
  const codes = /^(.+)Codes$/.exec(entity);
  const file = simple[entity] ?? (codes && entity !== 'MeasureCodes' ? `codes-${codes[1]}.json` : undefined);
  if (file) return existsSync(join(dir, file)) ? send(response, 200, readJson(join(dir, file))) : send(response, 404, {});
  if (entity !== 'Observations') return send(response, 404, { error: `unknown entity ${entity}` });

  const filter = parseODataFilter(url.searchParams.get('$filter') ?? '');
  const rows = v4Observations(table).filter((row) => rowMatches(row, filter));
  const skip = Number(url.searchParams.get('$skip') ?? '0');
  const pageSize = state.pageSize ?? Number.POSITIVE_INFINITY;
  const page = rows.slice(skip, skip + pageSize);
  const body: Record<string, unknown> = { '@odata.context': `${state.v4BaseUrl}/${table}/$metadata#Observations`, value: page };
  if (skip + pageSize < rows.length) {
    const host = state.nextLinkHost === 'cbs' ? 'https://datasets.cbs.nl' : state.origin;
    const next = new URL(`${host}/odata/v1/CBS/${table}/Observations`);
    next.searchParams.set('$filter', url.searchParams.get('$filter') ?? '');
    next.searchParams.set('$skip', String(skip + pageSize));
    body['@odata.nextLink'] = next.toString();
  }
  send(response, 200, body);
}

function serveV3(table: string, entity: string, url: URL, response: ServerResponse): void {
  const dir = join(FIXTURES_DIR, table);
  const names: Record<string, string> = { TableInfos: 'table-infos', DataProperties: 'data-properties', TypedDataSet: 'typed-data-set' };
  const base = names[entity] ?? `codes-${entity}`;
  const recorded = recordedV3(FIXTURES_DIR, table, entity);
  const path = [`v3-${base}.json`, `synthetic-v3-${base}.json`].map((name) => join(dir, name)).find((candidate) => existsSync(candidate));
  if (!recorded && !path) return send(response, 404, { error: `no v3 ${entity} for ${table}` });
  const body = recorded ?? (readJson(path!) as { value: Record<string, unknown>[] });
  if (entity !== 'TypedDataSet') return send(response, 200, body);

  const filter = parseODataFilter(url.searchParams.get('$filter') ?? '');
  let rows = body.value.filter((row) => rowMatches(row, filter));
  if (rows.length > 10_000) return send(response, 500, { error: 'more than 10000 rows' });
  const select = url.searchParams.get('$select');
  if (select) {
    const keep = new Set(select.split(','));
    rows = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => keep.has(key))));
  }
  send(response, 200, { 'odata.metadata': `${url.origin}/metadata`, value: rows });
}

const jsonCache = new Map<string, unknown>();
function readJson(path: string): unknown {
  if (!jsonCache.has(path)) jsonCache.set(path, JSON.parse(readFileSync(path, 'utf8')));
  return jsonCache.get(path);
}

function v4Observations(table: string): Record<string, unknown>[] {
  const index = readJson(join(FIXTURES_DIR, table, 'index.json')) as { observationPages: string[] };
  return index.observationPages.flatMap(
    (page) => (readJson(join(FIXTURES_DIR, table, page)) as { value: Record<string, unknown>[] }).value,
  );
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
