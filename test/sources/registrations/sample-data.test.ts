import { describe, expect, it } from 'vitest';
import { parseRegistrationRows } from '../../../src/sources/registrations/parse-registration-rows.ts';
import { RESIDENTIEEL_CATEGORIEEN, VERBLIJF_CATEGORIEEN } from '../../../src/sources/registrations/productcategorieen.ts';
import { computeRegistrationMetric } from '../../../src/sources/registrations/registration-metrics.ts';
import type { RegistrationRow } from '../../../src/sources/registrations/registration-row.ts';
import { ensureSampleData, generateSampleRegistrations, SAMPLE_GEMEENTE } from '../../../src/sources/registrations/sample-data.ts';
import { memoryStore } from './registration-test-store.ts';

const columns = ['client_id', 'gemeente_code', 'productcategorie', 'productcode', 'aanbieder', 'begindatum', 'einddatum', 'volume', 'eenheid', 'tarief', 'kosten'] as const;

function toCsv(rows: RegistrationRow[]): string {
  const line = (row: RegistrationRow) =>
    [row.clientId, row.gemeenteCode, row.productcategorie, row.productcode, row.aanbieder, row.begindatum, row.einddatum, row.volume, row.eenheid, row.tarief, row.kosten]
      .map((value) => (value === null ? '' : String(value)))
      .join(',');
  return [columns.join(','), ...rows.map(line)].join('\n');
}

describe('generateSampleRegistrations', () => {
  it('gives identical data for the same seed and different data for another', () => {
    expect(generateSampleRegistrations({ seed: 7 })).toEqual(generateSampleRegistrations({ seed: 7 }));
    expect(generateSampleRegistrations({ seed: 8 })).not.toEqual(generateSampleRegistrations({ seed: 7 }));
  });

  it('covers about 2,000 clients of one real gemeente within 2022-01-01 … 2026-10-31', () => {
    const rows = generateSampleRegistrations();
    expect(new Set(rows.map((row) => row.clientId)).size).toBe(2000);
    expect(new Set(rows.map((row) => row.gemeenteCode))).toEqual(new Set([SAMPLE_GEMEENTE.code]));
    expect(SAMPLE_GEMEENTE).toEqual({ code: 'GM0405', name: 'Hoorn' });
    expect(rows.every((row) => row.begindatum >= '2022-01-01' && row.begindatum <= '2026-10-31')).toBe(true);
    expect(rows.every((row) => row.einddatum === null || (row.einddatum >= row.begindatum && row.einddatum <= '2026-10-31'))).toBe(true);
    expect(rows.every((row) => row.aanbieder?.startsWith('Voorbeeldaanbieder'))).toBe(true);
  });

  it('has plausible shares: ambulant most common, verblijf a few percent, residentieel a small share', () => {
    const rows = generateSampleRegistrations();
    const clientsIn = (categories: readonly string[]) => new Set(rows.filter((r) => categories.includes(r.productcategorie)).map((r) => r.clientId)).size;
    expect(clientsIn(['45'])).toBeGreaterThan(1500);
    expect(clientsIn(VERBLIJF_CATEGORIEEN) / 2000).toBeGreaterThan(0.05);
    expect(clientsIn(VERBLIJF_CATEGORIEEN) / 2000).toBeLessThan(0.15);
    expect(clientsIn(RESIDENTIEEL_CATEGORIEEN) / 2000).toBeGreaterThan(0.02);
    expect(clientsIn(RESIDENTIEEL_CATEGORIEEN) / 2000).toBeLessThan(0.07);
    expect(clientsIn(['35'])).toBeGreaterThan(0);
  });

  it('passes the CSV validator it will be compared with', () => {
    const rows = generateSampleRegistrations({ clientCount: 300 });
    const parsed = parseRegistrationRows({ content: toCsv(rows), isKnownGemeenteCode: (code) => code === 'GM0405' });
    expect(parsed.rows.map(({ sourceRow: _, ...row }) => row)).toEqual(rows.map(({ sourceRow: _, ...row }) => row));
  });
});

describe('ensureSampleData', () => {
  it('loads the sample once, marked as voorbeelddata, and says so in every answer', () => {
    const store = memoryStore();
    const first = ensureSampleData({ store, today: '2026-11-01' });
    const second = ensureSampleData({ store, today: '2026-11-02' });
    expect(first.loaded).toBe(true);
    expect(first.rows).toBe(generateSampleRegistrations().length);
    expect(second).toEqual({ loaded: false, importId: null, rows: 0 });
    expect(store.reader.listImports()).toEqual([expect.objectContaining({ isSample: true, importedAt: '2026-11-01T00:00:00.000Z' })]);

    const result = computeRegistrationMetric({ reader: store.reader, metric: 'residentiele_plaatsingen', from: '2026-01-01', to: '2026-10-31' });
    expect(result.source.isSample).toBe(true);
    expect(result.source.label.nl).toBe('Eigen registratie, import 2026-11-01 (voorbeelddata)');
    expect(result.notes[0]).toContain('voorbeelddata');
    expect(result.clients).toBeGreaterThan(0);
  });

  it('gives identical figures in two stores with the same seed', () => {
    const figures = () => {
      const store = memoryStore();
      ensureSampleData({ store, today: new Date('2026-11-01T10:00:00Z') });
      return computeRegistrationMetric({ reader: store.reader, metric: 'kosten', from: '2025-01-01', to: '2025-12-31', groupBy: 'aanbieder' });
    };
    expect(figures()).toEqual(figures());
  });
});
