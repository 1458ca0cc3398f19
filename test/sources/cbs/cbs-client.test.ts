import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CbsUnavailableError } from '../../../src/sources/cbs/cbs-unavailable-error.ts';
import { startCbsTestServer, type CbsTestServer } from './support/cbs-test-server.ts';
import { createTestClient } from './support/test-client.ts';

/** Totals slice of 03759ned, exactly as in the recording's index.json. */
const TOTALS = { Geslacht: ['T001038'], Leeftijd: ['10000'], BurgerlijkeStaat: ['T001019'] };

let server: CbsTestServer;
beforeAll(async () => {
  server = await startCbsTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  server.pageSize = null;
  server.nextLinkHost = 'local';
  server.fault = () => undefined;
});

function population(gemeenten: string[], periods: string[]) {
  return { table: '03759ned', filter: { Measure: ['M000352'], ...TOTALS, RegioS: gemeenten, Perioden: periods } };
}

describe('createCbsClient: recorded 03759ned (v4)', () => {
  it('Bevolking op 1 januari: Utrecht 2023, Den Haag 2023, Amsterdam 2024', async () => {
    const { client } = createTestClient(server);
    const result = await client.getObservations(
      population(['GM0344', 'GM0518', 'GM0363'], ['2023JJ00', '2024JJ00']),
    );
    const value = (region: string, period: string) =>
      result.data.observations.find((o) => o.dimensions['RegioS'] === region && o.dimensions['Perioden'] === period)?.value;
    expect(value('GM0344', '2023JJ00')).toBe(367947);
    expect(value('GM0518', '2023JJ00')).toBe(562839);
    expect(value('GM0363', '2024JJ00')).toBe(931298);
    expect(result.data.observations).toHaveLength(6);
    expect(result).toMatchObject({ api: 'v4', fromCache: false, retrievedAt: '2026-11-20' });
  });

  it('sends the $filter in the style of the recorded request', async () => {
    const { client } = createTestClient(server);
    await client.getObservations(population(['GM0344', 'GM0518'], ['2023JJ00']));
    const request = server.requests.find((path) => path.includes('/Observations'));
    expect(decodeURIComponent(request ?? '')).toBe(
      "/odata/v1/CBS/03759ned/Observations?$filter=Measure eq 'M000352' and Geslacht eq 'T001038' and Leeftijd eq '10000' and " +
        "BurgerlijkeStaat eq 'T001019' and (RegioS eq 'GM0344' or RegioS eq 'GM0518') and Perioden eq '2023JJ00'",
    );
  });

  it('follows @odata.nextLink across pages (recorded answer split in pages of 2 rows)', async () => {
    server.pageSize = 2;
    const { client } = createTestClient(server);
    const result = await client.getObservations(population(['GM0344', 'GM0518', 'GM0363'], ['2023JJ00']));
    expect(result.data.observations.map((o) => o.value).sort()).toEqual([367947, 562839, 918117].sort());
    expect(server.requests.filter((path) => path.includes('/Observations'))).toHaveLength(2);
  });

  it("re-roots a nextLink that names CBS's own host onto the configured base URL", async () => {
    server.pageSize = 1;
    server.nextLinkHost = 'cbs';
    const { client } = createTestClient(server);
    const result = await client.getObservations(population(['GM0344', 'GM0518'], ['2023JJ00']));
    expect(result.data.observations).toHaveLength(2);
  });

  it('retries after a 503 and then succeeds', async () => {
    server.fault = ({ index }) => (index === 0 ? { status: 503 } : undefined);
    const { client } = createTestClient(server);
    const result = await client.getObservations(population(['GM0344'], ['2023JJ00']));
    expect(result.data.observations[0]?.value).toBe(367947);
    expect(server.requests).toHaveLength(2);
  });

  it('suppressed cell: value null, suppressed true, with the v4 ValueAttribute', async () => {
    // Aalburg (GM0738) merged into Altena in 2019; CBS records 'Impossible' for 2023.
    const { client } = createTestClient(server);
    const result = await client.getObservations(population(['GM0738'], ['2023JJ00']));
    expect(result.data.observations[0]).toMatchObject({ value: null, suppressed: true, valueAttribute: 'Impossible' });
  });

  it('code lists, measure codes, dimensions and properties', async () => {
    const { client } = createTestClient(server);
    const regions = await client.getCodes({ table: '03759ned', dimension: 'RegioS' });
    expect(regions.data.find((code) => code.id === 'GM0518')?.title).toBe("'s-Gravenhage (gemeente)");
    const periods = await client.getCodes({ table: '03759ned', dimension: 'Perioden' });
    expect(periods.data.find((code) => code.id === '2023JJ00')).toMatchObject({ title: '2023', status: 'Definitief' });
    const measures = await client.getMeasureCodes({ table: '03759ned' });
    expect(measures.data.find((m) => m.id === 'M000352')).toMatchObject({ title: 'Bevolking op 1 januari', unit: 'aantal' });
    const dimensions = await client.getDimensions({ table: '03759ned' });
    expect(dimensions.data.find((d) => d.kind === 'GeoDimension')?.id).toBe('RegioS');
    const properties = await client.getProperties({ table: '03759ned' });
    expect(properties.data.title).toBe('Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio');
  });

  it('resolves a measure by title when no code is given', async () => {
    const { client } = createTestClient(server);
    const result = await client.getObservations({
      table: '03759ned',
      measures: [{ titles: ['Bevolking op 1 januari'] }],
      filter: { ...TOTALS, RegioS: ['GM0344'], Perioden: ['2023JJ00'] },
    });
    expect(result.data.measures[0]).toMatchObject({ id: 'M000352', unit: 'aantal' });
    expect(result.data.observations.map((o) => o.value)).toEqual([367947]);
  });
});

describe('createCbsClient: unreachable CBS', () => {
  it('timeout → the cached response, marked fromCache with its retrieval date', async () => {
    const { client: first, cacheDir } = createTestClient(server);
    await first.getObservations(population(['GM0344'], ['2023JJ00']));

    server.fault = () => 'hang';
    const { client: later } = createTestClient(server, {
      cacheDir,
      timeoutMs: 150,
      retries: 1,
      now: () => new Date('2026-11-23T09:00:00Z'),
    });
    const result = await later.getObservations(population(['GM0344'], ['2023JJ00']));
    expect(result.data.observations[0]?.value).toBe(367947);
    expect(result).toMatchObject({ fromCache: true, retrievedAt: '2026-11-20' });
  });

  it('no cache → CbsUnavailableError with reason unreachable and a Dutch message', async () => {
    server.fault = () => ({ status: 503 });
    const { client } = createTestClient(server, { retries: 1 });
    const error = await client.getObservations(population(['GM0344'], ['2023JJ00'])).catch((e: unknown) => e);
    expect(CbsUnavailableError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'unreachable', table: '03759ned' });
    expect((error as Error).message).toContain('niet bereikbaar');
    // 2 attempts on v4, then 2 on v3
    expect(server.requests).toHaveLength(4);
  });

  it('unknown table on both APIs → reason not-found', async () => {
    const { client } = createTestClient(server);
    const error = await client.getProperties({ table: '99999NED' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'CbsUnavailableError', reason: 'not-found' });
  });
});
