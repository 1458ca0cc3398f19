import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeRegistrationMetric, type ComputeRegistrationMetricOptions } from '../../../src/sources/registrations/registration-metrics.ts';
import type { RegistrationReader } from '../../../src/sources/registrations/registration-reader.ts';
import { importCsv, memoryStore } from './registration-test-store.ts';

/*
 * fixtures/toewijzingen-2024.csv, period 2024-01-01 … 2024-12-31. Residentieel = 37, 38, 43, 44.
 *   c01 43 2023-06-01 … 2023-12-31  ends the day before the period        → outside
 *   c02 43 2023-06-01 … 2024-01-01  ends on the first day                  → inside (edge)
 *   c03 44 2024-12-31 … (running)   starts on the last day                 → inside (edge), new
 *   c04 38 2025-01-01 … (running)   starts the day after                   → outside
 *   c05 37 2024-03-01 … 2024-04-30  and 43 2024-05-01 … 2024-10-31        → two allocations, one client
 *   c06 35 2022-01-01 … (running)   pleegzorg                              → verblijf only
 *   c07 36 2024-02-01 … 2024-06-30  gezinsgericht                          → verblijf only
 *   c08 45 2024                     ambulant                               → neither
 *   c09 43 2020-01-01 … (running)   gemeente GM0398                        → inside
 *   c10 35 2024-01-01 … 2024-01-31  and 43 2024-02-01 … 2024-08-31         → verblijf once, residentieel once
 */
let reader: RegistrationReader;
const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };

beforeAll(() => {
  const store = memoryStore();
  const report = importCsv(store, readFileSync(new URL('./fixtures/toewijzingen-2024.csv', import.meta.url)));
  expect(report.status).toBe('imported');
  reader = store.reader;
});

function metric(options: Omit<ComputeRegistrationMetricOptions, 'reader'>) {
  return computeRegistrationMetric({ reader, ...options });
}

describe('residentiele_plaatsingen', () => {
  it('counts distinct clients whose allocation overlaps the period, edges included', () => {
    // c02, c03, c05, c09, c10 = 5 clients; allocations c02, c03, c05 ×2, c09, c10(43) = 6.
    const result = metric({ metric: 'residentiele_plaatsingen', ...YEAR_2024 });
    expect(result).toMatchObject({ clients: 5, value: 5, allocations: 6, unit: 'clienten', period: YEAR_2024 });
    expect(Object.keys(result)[0]).toBe('clients');
  });

  it('treats the day before and after the period as outside', () => {
    // Only c01 ends on 2023-12-31 (plus c02 and c09 which run on) → c01, c02, c09 for December 2023.
    expect(metric({ metric: 'residentiele_plaatsingen', from: '2023-12-31', to: '2023-12-31' }).clients).toBe(3);
    // On 2025-01-01: c03 (running), c04 (starts), c09 → 3.
    expect(metric({ metric: 'residentiele_plaatsingen', from: '2025-01-01', to: '2025-01-01' }).clients).toBe(3);
  });

  it('filters by gemeente', () => {
    expect(metric({ metric: 'residentiele_plaatsingen', ...YEAR_2024, gemeenteCode: 'GM0398' }).clients).toBe(1);
    expect(metric({ metric: 'residentiele_plaatsingen', ...YEAR_2024, gemeenteCode: 'GM0405' }).clients).toBe(4);
  });

  it('carries the definition, the scope and the source', () => {
    const result = metric({ metric: 'residentiele_plaatsingen', ...YEAR_2024 });
    expect(result.definition.nl).toContain('37, 38, 43 en 44');
    expect(result.definition.nl).toContain('telt één keer');
    expect(result.scope.productcategorieen).toEqual(['37', '38', '43', '44']);
    expect(result.source).toEqual({
      kind: 'registratie',
      importIds: [1],
      importedAt: '2026-11-01T09:00:00.000Z',
      isSample: false,
      label: { nl: 'Eigen registratie, import 2026-11-01', en: 'Own registration, import 2026-11-01' },
    });
    expect(result.warnings).toEqual([]);
  });
});

describe('jeugdhulp_met_verblijf', () => {
  it('includes pleegzorg (35) and gezinsgericht (36) that residentieel leaves out', () => {
    // The 5 residential clients + c06 (35) + c07 (36) = 7; c10 counts once for 35 and 43.
    // Allocations: 6 residential + c06, c07, c10(35) = 9.
    expect(metric({ metric: 'jeugdhulp_met_verblijf', ...YEAR_2024 })).toMatchObject({ clients: 7, allocations: 9 });
  });
});

describe('nieuwe_plaatsingen and beeindigde_plaatsingen', () => {
  it('counts residential allocations that started in the period', () => {
    // c03 (2024-12-31), c05 ×2, c10 (43 on 2024-02-01) → 4 allocations, 3 clients.
    expect(metric({ metric: 'nieuwe_plaatsingen', ...YEAR_2024 })).toMatchObject({ clients: 3, allocations: 4 });
  });

  it('counts residential allocations that ended in the period', () => {
    // c02 (2024-01-01), c05 ×2, c10 (2024-08-31) → 4 allocations, 3 clients.
    expect(metric({ metric: 'beeindigde_plaatsingen', ...YEAR_2024 })).toMatchObject({ clients: 3, allocations: 4 });
  });

  it('widens to verblijf on request', () => {
    // Started in 2024 within verblijf: the 4 residential + c07 (36) + c10 (35) = 6 allocations;
    // clients c03, c05, c10, c07 = 4 (c10 already counted for its 43).
    expect(metric({ metric: 'nieuwe_plaatsingen', ...YEAR_2024, scope: 'verblijf' })).toMatchObject({ clients: 4, allocations: 6 });
  });
});

describe('lopend_op', () => {
  it('counts clients with a residential allocation running on the peildatum', () => {
    // 2024-06-30: c05 (43), c09, c10 (43) → 3. 2024-01-01: c02 (last day), c09 → 2.
    expect(metric({ metric: 'lopend_op', from: '2024-06-30', to: '2024-06-30' }).clients).toBe(3);
    expect(metric({ metric: 'lopend_op', from: '2024-01-01', to: '2024-01-01' }).clients).toBe(2);
  });
});

describe('gemiddelde_duur', () => {
  it('averages ended allocations and, separately, all with running ones counted to the period end', () => {
    // Ended in 2024 (days, both ends counted): c02 215, c05 61 and 184, c10 213 (2024 is a leap year).
    // (215 + 61 + 184 + 213) / 4 = 168.25 → 168.3
    // All six overlapping: + c03 1 day (2024-12-31) + c09 1827 days (2020-01-01 … 2024-12-31) → 2501 / 6 = 416.8
    const result = metric({ metric: 'gemiddelde_duur', ...YEAR_2024 });
    expect(result).toMatchObject({ value: 168.3, unit: 'dagen', allocations: 4, clients: 3 });
    expect(result.details).toMatchObject({ gemiddeldeDuurBeeindigdDagen: 168.3, gemiddeldeDuurInclusiefLopendDagen: 416.8, aantalInclusiefLopend: 6 });
  });

  it('gives no average rather than zero when nothing ended', () => {
    const result = metric({ metric: 'gemiddelde_duur', from: '2024-11-01', to: '2024-11-30' });
    expect(result.value).toBeNull();
    expect(result.notes.join(' ')).toContain('geen toewijzingen beëindigd');
  });
});

describe('kosten', () => {
  it('sums kosten, falls back to volume × tarief and reports allocations without an amount', () => {
    // Residential 2024: c02 75 250 + c05(37) 61 × 800 = 48 800 + c05(43) 64 400 + c09 500 000 = 688 450.
    // c03 (tarief only) and c10 (nothing) have no amount. Pro rata: c02 1/215 × 75 250 = 350, c05 fully in
    // the period 48 800 + 64 400 → 113 550; c09 is running and not pro-rated.
    const result = metric({ metric: 'kosten', ...YEAR_2024, scope: 'residentieel' });
    expect(result).toMatchObject({ value: 688450, unit: 'euro', allocations: 6, clients: 5 });
    expect(result.details).toEqual({
      toewijzingenMetKosten: 3,
      toewijzingenVolumeMaalTarief: 1,
      toewijzingenZonderBedrag: 2,
      naarRatoVanPeriodeEuro: 113550,
      toewijzingenNietNaarRato: 1,
    });
    expect(result.notes.join(' ')).toContain('2 toewijzing(en) hebben geen kosten en geen volume × tarief');
  });

  it('says so instead of reporting 0 when no allocation has an amount', () => {
    // Only c03 overlaps 2024-12-31 … 2024-12-31 in 44, and it has only a tarief.
    const result = metric({ metric: 'kosten', from: '2024-12-31', to: '2024-12-31', scope: 'residentieel', gemeenteCode: 'GM0405' });
    expect(result.value).toBeNull();
    expect(result.notes.join(' ')).toContain('er is geen bedrag te noemen');
  });
});

describe('breakdowns', () => {
  it('by maand counts allocations overlapping each month', () => {
    // Jan: c02, c09 · Feb: c09, c10 · Mar: c05, c09, c10 · Nov: c09 · Dec: c03, c09
    const result = metric({ metric: 'residentiele_plaatsingen', ...YEAR_2024, groupBy: 'maand' });
    const byMonth = Object.fromEntries(result.breakdown!.groups.map((group) => [group.key, group.clients]));
    expect(byMonth).toMatchObject({ '2024-01': 2, '2024-02': 2, '2024-03': 3, '2024-11': 1, '2024-12': 2 });
    expect(result.breakdown!.groups).toHaveLength(12);
    expect(result.notes.join(' ')).toContain('tellen daarom niet op');
  });

  it('by productcategorie, gemeente and aanbieder', () => {
    const categories = metric({ metric: 'jeugdhulp_met_verblijf', ...YEAR_2024, groupBy: 'productcategorie' }).breakdown!.groups;
    // 35: c06, c10 · 36: c07 · 37: c05 · 43: c02, c05, c09, c10 · 44: c03
    expect(categories.map((g) => [g.label, g.clients])).toEqual([
      ['35 Verblijf pleegzorg', 2],
      ['36 Verblijf gezinsgericht', 1],
      ['37 Gesloten plaatsing', 1],
      ['43 Verblijf inclusief behandeling', 4],
      ['44 Verblijf exclusief behandeling', 1],
    ]);
    const gemeenten = metric({ metric: 'residentiele_plaatsingen', ...YEAR_2024, groupBy: 'gemeente' }).breakdown!.groups;
    expect(gemeenten.map((g) => [g.key, g.clients])).toEqual([['GM0398', 1], ['GM0405', 4]]);
    const aanbieders = metric({ metric: 'residentiele_plaatsingen', ...YEAR_2024, groupBy: 'aanbieder' }).breakdown!.groups;
    // Noord: c02, c05, c10 · Zuid: c03, c09 · Gesloten: c05
    expect(aanbieders.map((g) => [g.key, g.clients])).toEqual([['Aanbieder Noord', 3], ['Aanbieder Zuid', 2], ['Aanbieder Gesloten', 1]]);
  });
});

describe('completeness warnings', () => {
  it('warns when the period starts before the earliest registered begindatum or ends after the last import', () => {
    const result = metric({ metric: 'residentiele_plaatsingen', from: '2019-01-01', to: '2027-12-31' });
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[0]).toContain('2020-01-01');
    expect(result.warnings[1]).toContain('na de laatste import (2026-11-01)');
  });
});
