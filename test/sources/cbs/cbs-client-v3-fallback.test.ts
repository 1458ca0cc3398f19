import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCbsTestServer, type CbsTestServer } from './support/cbs-test-server.ts';
import { createTestClient } from './support/test-client.ts';

let server: CbsTestServer;
beforeAll(async () => {
  server = await startCbsTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  server.fault = () => undefined;
});

describe('createCbsClient: v4 404 → v3 TypedDataSet (85098NED, real values from the cbsodataR vignette)', () => {
  it('maps v3 rows to the v4 observation shape with trimmed codes', async () => {
    const { client } = createTestClient(server);
    const result = await client.getObservations({
      table: '85098NED',
      filter: { Measure: ['JongerenMetJeugdhulpInNatura_1'], RegioS: ['GM0014', 'GM0080'], Perioden: ['2022JJ00'] },
    });
    expect(result.api).toBe('v3');
    expect(result.data.observations).toEqual([
      {
        measure: 'JongerenMetJeugdhulpInNatura_1',
        dimensions: { RegioS: 'GM0014', Perioden: '2022JJ00' },
        value: 15.4,
        suppressed: false,
        valueAttribute: null,
      },
      {
        measure: 'JongerenMetJeugdhulpInNatura_1',
        dimensions: { RegioS: 'GM0080', Perioden: '2022JJ00' },
        value: 17.6,
        suppressed: false,
        valueAttribute: null,
      },
    ]);
    expect(result.data.measures[0]).toMatchObject({ title: 'Jongeren met jeugdhulp in natura', unit: '% (zie toelichting)' });
    const v3Request = decodeURIComponent(server.requests.find((path) => path.includes('TypedDataSet')) ?? '');
    expect(v3Request).toContain("$filter=(RegioS eq 'GM0014' or RegioS eq 'GM0080') and Perioden eq '2022JJ00'");
    expect(v3Request).toContain('$select=ID,RegioS,Perioden,JongerenMetJeugdhulpInNatura_1');
  });

  it('v3 null → value null, suppressed, no attribute', async () => {
    const { client } = createTestClient(server);
    const result = await client.getObservations({
      table: '85098NED',
      measures: [{ titles: ['Jongeren met jeugdreclassering'] }],
      filter: { RegioS: ['GM0047'], Perioden: ['2022JJ00'] },
    });
    expect(result.data.observations[0]).toMatchObject({ value: null, suppressed: true, valueAttribute: null });
  });

  it('code lists come back trimmed', async () => {
    const { client } = createTestClient(server);
    const regions = await client.getCodes({ table: '85098NED', dimension: 'RegioS' });
    expect(regions.api).toBe('v3');
    expect(regions.data[0]).toMatchObject({ id: 'GM0014', title: 'Groningen' });
    const properties = await client.getProperties({ table: '85098NED' });
    expect(properties.data.title).toBe('Indicatoren jeugdzorg in natura; gemeenten');
  });

  it('an unfiltered dimension (row count unknown) goes to the bulk ODataFeed', async () => {
    const { client } = createTestClient(server);
    const result = await client.getObservations({
      table: '85098NED',
      filter: { Measure: ['JongerenMetJeugdbescherming_3'], RegioS: ['GM0072'] },
    });
    expect(result.data.observations.map((o) => o.value)).toEqual([1.7]);
    expect(server.requests.some((path) => path.startsWith('/ODataFeed/odata/85098NED/TypedDataSet'))).toBe(true);
  });
});

describe('createCbsClient: v4 failing with 5xx', () => {
  it('falls back to v3 after the v4 retries', async () => {
    server.fault = ({ path }) => (path.startsWith('/odata/v1/') ? { status: 503 } : undefined);
    const { client } = createTestClient(server, { retries: 1 });
    const result = await client.getCodes({ table: '85098NED', dimension: 'Perioden' });
    expect(result.api).toBe('v3');
    expect(result.data.map((code) => code.id)).toEqual(['2022JJ00']);
    expect(server.requests.filter((path) => path.startsWith('/odata/v1/'))).toHaveLength(2);
  });
});

describe('createCbsClient: synthetic 85099NED (invented numbers, parser test only)', () => {
  it('filters on VormenVanJeugdzorg with the trailing-space v3 codes trimmed', async () => {
    const { client } = createTestClient(server);
    const result = await client.getObservations({
      table: '85099NED',
      filter: { Measure: ['JongerenMetJeugdzorg_1'], VormenVanJeugdzorg: ['A027918'], RegioS: ['GM0344'], Perioden: ['2022JJ00'] },
    });
    expect(result.data.observations).toHaveLength(1);
    expect(result.data.observations[0]?.dimensions).toEqual({ VormenVanJeugdzorg: 'A027918', RegioS: 'GM0344', Perioden: '2022JJ00' });
  });

  it('splits a v3 request that would exceed the row limit into several TypedDataSet requests', async () => {
    // 3 gemeenten × 2 years × 6 care forms = 36 rows; with a limit of 12 rows per request the client must split.
    const { client } = createTestClient(server, { v3MaxRows: 12 });
    const result = await client.getObservations({
      table: '85099NED',
      filter: {
        Measure: ['JongerenMetJeugdzorg_1'],
        VormenVanJeugdzorg: ['A045561', 'A045560', 'A042503', 'A027918', 'A027919', 'A027920'],
        RegioS: ['GM0344', 'GM0518', 'GM0363'],
        Perioden: ['2022JJ00', '2023JJ00'],
      },
    });
    expect(result.data.observations).toHaveLength(36);
    const requests = server.requests.filter((path) => path.includes('/ODataApi/odata/85099NED/TypedDataSet'));
    expect(requests.length).toBeGreaterThanOrEqual(3);
    const keys = new Set(result.data.observations.map((o) => JSON.stringify(o.dimensions)));
    expect(keys.size).toBe(36);
  });
});
