import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../../src/lib/input/invalid-input-error.ts';
import { createIndicatorCatalogue, loadIndicatorCatalogue } from '../../../../src/sources/cbs/indicators/indicator-catalogue.ts';
import { IndicatorNotFoundError } from '../../../../src/sources/cbs/indicators/indicator-not-found-error.ts';
import { queryIndicator } from '../../../../src/sources/cbs/indicators/query-indicator.ts';
import { queryIndicatorInput } from '../../../../src/sources/cbs/indicators/query-indicator-input.ts';
import { startCbsTestServer, type CbsTestServer } from '../support/cbs-test-server.ts';
import { createTestClient } from '../support/test-client.ts';

const catalogue = loadIndicatorCatalogue();
let server: CbsTestServer;
beforeAll(async () => {
  server = await startCbsTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.fault = () => undefined;
});

describe('queryIndicator: inwoners (recorded 03759ned)', () => {
  it('Utrecht on 1 January 2023 = 367947, with definition and source', async () => {
    const { client } = createTestClient(server);
    const result = await queryIndicator({ indicatorId: 'inwoners', gemeenteCodes: ['GM0344'], years: [2023], client, catalogue });
    expect(result.rows).toEqual([
      {
        gemeenteCode: 'GM0344',
        gemeente: 'Utrecht (gemeente)',
        year: 2023,
        value: 367947,
        unit: 'aantal inwoners',
        suppressed: false,
        valueAttribute: 'None',
        periodStatus: 'Definitief',
      },
    ]);
    expect(result.source).toEqual({
      table: '03759ned',
      tableTitle: 'Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio',
      url: 'https://opendata.cbs.nl/#/CBS/nl/dataset/03759ned/table',
      api: 'v4',
      retrievedAt: '2026-11-20',
      fromCache: false,
      citation: 'CBS StatLine 03759ned, 2023, opgehaald 2026-11-20',
    });
    expect(result.definition).toContain('bevolkingsregister');
  });

  it('all of Nederland (NL01) on 1 January 2023 = 17811291, from the same recorded table', async () => {
    const { client } = createTestClient(server);
    const result = await queryIndicator({ indicatorId: 'inwoners', gemeenteCodes: ['NL01'], years: [2023], client, catalogue });
    expect(result.rows.map((row) => [row.gemeenteCode, row.gemeente, row.year, row.value])).toEqual([['NL01', 'Nederland', 2023, 17811291]]);
    expect(result.unknownGemeenteCodes).toEqual([]);
  });

  it('a year CBS does not have → listed in missingYears, with availableYears, and no value', async () => {
    const { client } = createTestClient(server);
    const result = await queryIndicator({ indicatorId: 'inwoners', gemeenteCodes: ['GM0344'], years: [2023, 2031], client, catalogue });
    expect(result.rows.map((row) => row.year)).toEqual([2023]);
    expect(result.missingYears).toEqual([2031]);
    expect(result.availableYears.at(-1)).toBe(2026);
    expect(result.availableYears[0]).toBe(1988);
    expect(result.notes.join(' ')).toContain('het meest recente jaar is 2026');
  });

  it('a dissolved gemeente: value null and suppressed (Aalburg 2023), never a guess', async () => {
    const { client } = createTestClient(server);
    const result = await queryIndicator({ indicatorId: 'inwoners', gemeenteCodes: ['GM0738'], years: [2023], client, catalogue });
    expect(result.rows[0]).toMatchObject({ gemeente: 'Aalburg', value: null, suppressed: true, valueAttribute: 'Impossible' });
  });

  it('from the cache when CBS is unreachable: citation says "stand CBS van"', async () => {
    const { client, cacheDir } = createTestClient(server);
    await queryIndicator({ indicatorId: 'inwoners', gemeenteCodes: ['GM0518'], years: [2023], client, catalogue });
    server.fault = () => ({ status: 503 });
    const { client: offline } = createTestClient(server, { cacheDir, retries: 0, now: () => new Date('2026-11-23T08:00:00Z') });
    const result = await queryIndicator({ indicatorId: 'inwoners', gemeenteCodes: ['GM0518'], years: [2023], client: offline, catalogue });
    expect(result.rows[0]?.value).toBe(562839);
    expect(result.source).toMatchObject({ fromCache: true, citation: 'CBS StatLine 03759ned, 2023, stand CBS van 20-11-2026' });
  });

  it('codes given by title and a discovered region dimension (the 83454NED path)', async () => {
    const inwoners = catalogue.getById('inwoners');
    const custom = createIndicatorCatalogue({
      file: {
        version: 1,
        notIndicators: [],
        indicators: [
          {
            ...inwoners,
            measure: { titles: ['Bevolking op 1 januari'] },
            regionDimension: null,
            dimensionFilters: [
              { dimension: 'Geslacht', codeTitle: 'Totaal mannen en vrouwen' },
              { dimension: 'Leeftijd', code: '10000' },
              { dimension: 'BurgerlijkeStaat', codeTitle: 'Totaal burgerlijke staat' },
            ],
          },
        ],
      },
    });
    const { client } = createTestClient(server);
    const result = await queryIndicator({ indicatorId: 'inwoners', gemeenteCodes: ['GM0363'], years: [2024], client, catalogue: custom });
    expect(result.rows[0]?.value).toBe(931298);
  });
});

describe('queryIndicator: jeugdzorg tables via the v3 fallback', () => {
  it('per 1,000 inhabitants: value / inwoners × 1000 on a SYNTHETIC numerator and the recorded populations', async () => {
    // 85099NED fixture values are invented (see its README): Utrecht jeugdhulp met verblijf 2023 = 14100,
    // Den Haag = 24100. Hand check: 14100 / 367947 × 1000 = 38.32… → 38.3; 24100 / 562839 × 1000 = 42.81… → 42.8.
    const { client } = createTestClient(server);
    const result = await queryIndicator({
      indicatorId: 'jeugdhulp_met_verblijf',
      gemeenteCodes: ['GM0344', 'GM0518'],
      years: [2023],
      perThousandInhabitants: true,
      client,
      catalogue,
    });
    expect(result.rows.map((row) => [row.gemeenteCode, row.value, row.perThousand])).toEqual([
      ['GM0344', 14100, { value: 38.3, inhabitants: 367947, formula: '14100 / 367947 × 1000 = 38.3' }],
      ['GM0518', 24100, { value: 42.8, inhabitants: 562839, formula: '24100 / 562839 × 1000 = 42.8' }],
    ]);
    expect(result.source).toMatchObject({ table: '85099NED', api: 'v3' });
    expect(result.denominatorSource).toMatchObject({ table: '03759ned', citation: 'CBS StatLine 03759ned, 2023, opgehaald 2026-11-20' });
    expect(result.notes.join(' ')).toContain('voorlopig');
    expect(result.caveats.join(' ')).toContain('woonplaatsbeginsel');
  });

  it('a table without a national total says so for NL01, and gives no value', async () => {
    const { client } = createTestClient(server);
    const result = await queryIndicator({ indicatorId: 'jeugdhulp_met_verblijf', gemeenteCodes: ['NL01'], years: [2023], client, catalogue });
    expect(result.rows).toEqual([]);
    expect(result.unknownGemeenteCodes).toEqual(['NL01']);
    expect(result.notes.join(' ')).toContain('geen cijfer voor heel Nederland');
    expect(result.notes.join(' ')).not.toContain('Onbekende gemeentecode');
  });

  it('a suppressed cell has no rate per 1,000', async () => {
    const { client } = createTestClient(server);
    const result = await queryIndicator({
      indicatorId: 'jeugdreclassering',
      gemeenteCodes: ['GM0344'],
      years: [2023],
      perThousandInhabitants: true,
      client,
      catalogue,
    });
    expect(result.rows[0]).toMatchObject({ value: null, suppressed: true, perThousand: null });
  });

  it('85098NED percentage (value as printed in the cbsodataR vignette): no rate per 1,000 for percentages', async () => {
    const { client } = createTestClient(server);
    const result = await queryIndicator({
      indicatorId: 'percentage_jongeren_met_jeugdhulp',
      gemeenteCodes: ['GM0014'],
      years: [2022, 2023],
      perThousandInhabitants: true,
      client,
      catalogue,
    });
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ gemeente: 'Groningen', year: 2022, value: 15.4, unit: '% (zie toelichting bij de tabel)' });
    expect(result.rows[0]?.perThousand).toBeUndefined();
    expect(result.missingYears).toEqual([2023]);
    expect(result.notes.join(' ')).toContain('Per 1.000 inwoners is niet zinvol');
  });
});

describe('queryIndicator: kosten jeugdzorg (83454NED: values from the StatLine page, placeholder codes)', () => {
  it('finds the care form by title and the region dimension by kind; euros per 1,000 inhabitants', async () => {
    // 41276 (× 1 000 euro, 2021*) as shown on the StatLine page; 86936 inhabitants on 1-1-2021 (recorded 03759ned).
    // Hand check: 41276 / 86936 × 1000 = 474.79… → 474.8 (× 1 000 euro per 1.000 inwoners, about 475 euro per inwoner).
    const { client } = createTestClient(server);
    const result = await queryIndicator({
      indicatorId: 'kosten_jeugdzorg',
      gemeenteCodes: ['GM0917'],
      years: [2021],
      perThousandInhabitants: true,
      client,
      catalogue,
    });
    expect(result.rows[0]).toMatchObject({ gemeente: 'Heerlen', value: 41276, unit: 'x 1 000 euro', periodStatus: 'Voorlopig' });
    expect(result.rows[0]?.perThousand).toEqual({ value: 474.8, inhabitants: 86936, formula: '41276 / 86936 × 1000 = 474.8' });
    expect(result.indicator.perThousandUnit).toBe('x 1 000 euro per 1.000 inwoners');
    const filterRequest = decodeURIComponent([...server.requests].reverse().find((path) => path.includes('83454NED/TypedDataSet')) ?? '');
    expect(filterRequest).toContain("VormenVanJeugdzorg eq 'PLACEHOLDER-JZ'");
    expect(filterRequest).toContain("Regio eq 'GM0917'");
  });

  it('a care form without a published value stays empty (JH met verblijf, Heerlen 2021)', async () => {
    const { client } = createTestClient(server);
    const result = await queryIndicator({ indicatorId: 'kosten_jeugdhulp_met_verblijf', gemeenteCodes: ['GM0917'], years: [2021], client, catalogue });
    expect(result.rows[0]).toMatchObject({ value: null });
    expect(result.notes.join(' ')).toContain('Geen CBS-waarde voor: Heerlen 2021');
  });
});

describe('queryIndicator: wrong input', () => {
  it('unknown indicator → IndicatorNotFoundError with a clear Dutch message', async () => {
    const { client } = createTestClient(server);
    const error = await queryIndicator({ indicatorId: 'wachttijd', gemeenteCodes: ['GM0344'], years: [2023], client, catalogue }).catch(
      (caught: unknown) => caught,
    );
    expect(IndicatorNotFoundError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain("Onbekende indicator 'wachttijd'");
  });

  it('invalid gemeente code → InvalidInputError naming the problem', async () => {
    const { client } = createTestClient(server);
    const error = await queryIndicator({ indicatorId: 'inwoners', gemeenteCodes: ['Utrecht'], years: [2023], client, catalogue }).catch(
      (caught: unknown) => caught,
    );
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('GM0344');
  });

  it('the input schema carries Dutch descriptions for the tool', () => {
    expect(queryIndicatorInput.shape.gemeenteCodes.description).toContain('gemeentecodes');
    expect(queryIndicatorInput.shape.perThousandInhabitants.description).toContain('1.000 inwoners');
  });
});
