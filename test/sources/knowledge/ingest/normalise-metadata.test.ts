import { describe, expect, it } from 'vitest';
import {
  normaliseDate,
  normaliseMetadata,
  stringList,
  titleFromFileName,
} from '../../../../src/sources/knowledge/ingest/loaders/normalise-metadata.ts';

describe('normaliseMetadata', () => {
  it('date: Date objects, date-times, Dutch dates and years', () => {
    expect(normaliseDate(new Date(Date.UTC(2021, 3, 1)))).toBe('2021-04-01');
    expect(normaliseDate('2024-02-29T10:00:00+01:00')).toBe('2024-02-29');
    expect(normaliseDate('5-4-2023')).toBe('2023-04-05');
    expect(normaliseDate('5 april 2023')).toBe('2023-04-05');
    expect(normaliseDate('12 mrt. 2021')).toBe('2021-03-12');
    expect(normaliseDate('voorjaar 2021')).toBe('voorjaar 2021');
    expect(normaliseDate(2015)).toBe('2015');
    expect(normaliseDate('')).toBeUndefined();
    expect(normaliseDate(new Date('nonsense'))).toBeUndefined();
  });

  it('gemeenten/topics: arrays or comma separated strings, deduplicated', () => {
    expect(stringList(['Utrecht', ' Utrecht ', '', 7])).toEqual(['Utrecht', '7']);
    expect(stringList('Heerlen, Landgraaf; Voerendaal')).toEqual(['Heerlen', 'Landgraaf', 'Voerendaal']);
    expect(stringList(undefined)).toEqual([]);
  });

  it('type: only the known document types', () => {
    expect(normaliseMetadata({ type: 'Casus' }, 'x').type).toBe('casus');
    expect(normaliseMetadata({ type: 'memo' }, 'x')).toEqual({ title: 'x', gemeenten: [], topics: [] });
  });

  it('title: the fallback when missing or blank', () => {
    expect(normaliseMetadata({ title: '  ' }, 'terugval').title).toBe('terugval');
    expect(titleFromFileName('/a/b/wmo-2015_toelichting.pdf')).toBe('wmo 2015 toelichting');
  });
});
