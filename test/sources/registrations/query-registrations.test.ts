import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { queryRegistrations, queryRegistrationsInput } from '../../../src/sources/registrations/query-registrations.ts';
import { RegistrationQueryError } from '../../../src/sources/registrations/registration-query-error.ts';
import type { RegistrationReader } from '../../../src/sources/registrations/registration-reader.ts';
import { importCsv, memoryStore } from './registration-test-store.ts';

let store: RegistrationReader;

beforeAll(() => {
  const writable = memoryStore();
  importCsv(writable, readFileSync(new URL('./fixtures/toewijzingen-2024.csv', import.meta.url)));
  store = writable.reader;
});

function queryError(run: () => unknown): RegistrationQueryError {
  try {
    run();
  } catch (error) {
    if (RegistrationQueryError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a RegistrationQueryError');
}

describe('queryRegistrations', () => {
  it('answers "Hoeveel residentiële plaatsingen hadden we in 2024?" with the distinct-client figure first', () => {
    const result = queryRegistrations({ store, metric: 'residentiele_plaatsingen', from: '2024-01-01', to: '2024-12-31' });
    expect(Object.keys(result).slice(0, 3)).toEqual(['clients', 'value', 'allocations']);
    // Counted by hand in registration-metrics.test.ts: c02, c03, c05, c09, c10.
    expect(result).toMatchObject({ clients: 5, allocations: 6, period: { from: '2024-01-01', to: '2024-12-31' } });
    expect(result.definition.nl).toMatch(/^Aantal unieke cliënten/);
    expect(result.source.label.nl).toBe('Eigen registratie, import 2026-11-01');
  });

  it('uses the peildatum for lopend_op, falling back to to', () => {
    expect(queryRegistrations({ store, metric: 'lopend_op', peildatum: '2024-06-30' })).toMatchObject({ clients: 3, period: { from: '2024-06-30', to: '2024-06-30' } });
    expect(queryRegistrations({ store, metric: 'lopend_op', to: '2024-01-01' }).clients).toBe(2);
  });

  it('rejects invalid input with Dutch issues instead of guessing', () => {
    expect(queryError(() => queryRegistrations({ store, metric: 'residentiele_plaatsingen', from: '2024-02-30', to: '2024-12-31' })).reason).toBe('invalid-input');
    expect(queryError(() => queryRegistrations({ store, metric: 'residentiele_plaatsingen', from: '2024-12-31', to: '2024-01-01' })).issues.join(' ')).toContain('from ligt na to');
    expect(queryError(() => queryRegistrations({ store, metric: 'kosten', to: '2024-12-31' })).issues.join(' ')).toContain('from');
    expect(queryError(() => queryRegistrations({ store, metric: 'residentiele_plaatsingen', from: '2024-01-01', to: '2024-12-31', scope: 'verblijf' })).reason).toBe('invalid-input');
    expect(queryError(() => queryRegistrations({ store, metric: 'lopend_op', peildatum: '2024-01-01', groupBy: 'maand' })).reason).toBe('invalid-input');
    expect(queryError(() => queryRegistrations({ store, metric: 'residentiele_plaatsingen', from: '2024-01-01', to: '2024-12-31', gemeenteCode: 'Hoorn' })).reason).toBe('invalid-input');
  });

  it('refuses a gemeente that is not in the registration rather than answering 0', () => {
    const error = queryError(() => queryRegistrations({ store, metric: 'residentiele_plaatsingen', from: '2024-01-01', to: '2024-12-31', gemeenteCode: 'GM0344' }));
    expect(error.reason).toBe('unknown-gemeente');
    expect(error.message).toContain('GM0398, GM0405');
  });

  it('refuses to answer from an empty store', () => {
    const empty = memoryStore().reader;
    const error = queryError(() => queryRegistrations({ store: empty, metric: 'residentiele_plaatsingen', from: '2024-01-01', to: '2024-12-31' }));
    expect(error.reason).toBe('no-data');
    expect(error.name).toBe('RegistrationQueryError');
  });

  it('has a JSON schema with Dutch descriptions for use as an LLM tool', () => {
    const schema = z.toJSONSchema(queryRegistrationsInput, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, { description?: string; enum?: string[] }>;
      required?: string[];
    };
    expect(schema.properties['metric']?.enum).toContain('residentiele_plaatsingen');
    expect(schema.properties['metric']?.description).toContain('unieke cliënten');
    expect(schema.properties['groupBy']?.enum).toEqual(['gemeente', 'aanbieder', 'productcategorie', 'maand', 'kwartaal', 'jaar']);
    expect(schema.required).toEqual(['metric']);
  });
});
