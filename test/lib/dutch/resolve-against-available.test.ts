import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/lib/dutch/period-parser.ts';
import { resolveAgainstAvailable } from '../../../src/lib/dutch/resolve-against-available.ts';
import type { Period } from '../../../src/lib/dutch/period.ts';

const today = new Date('2026-11-23T12:00:00Z');
const period = (text: string): Period => {
  const parsed = parsePeriod({ text, today });
  if (parsed === null) throw new Error(`no period in ${text}`);
  return parsed;
};
const available = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

describe('resolveAgainstAvailable', () => {
  it('uses the requested years when all are available', () => {
    expect(resolveAgainstAvailable({ period: period('2019 t/m 2022'), availableYears: available }))
      .toEqual({ years: [2019, 2020, 2021, 2022], requestedYears: [2019, 2020, 2021, 2022], missingYears: [], note: null, noteEn: null });
  });

  it('falls back to the latest year with a note', () => {
    const resolved = resolveAgainstAvailable({ period: period('dit jaar'), availableYears: available });
    expect(resolved.years).toEqual([2024]);
    expect(resolved.note).toBe('Laatst beschikbare jaar is 2024; gevraagd was 2026.');
    expect(resolved.noteEn).toBe('Latest available year is 2024; 2026 was requested.');
    expect(resolveAgainstAvailable({ period: period('Q3 2025'), availableYears: available }).years).toEqual([2024]);
  });

  it('shifts a relative span to end at the latest available year', () => {
    const resolved = resolveAgainstAvailable({ period: period('de laatste vijf jaar'), availableYears: available });
    expect(resolved.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(resolved.missingYears).toEqual([2025, 2026]);
    expect(resolved.note).toBe('Laatst beschikbare jaar is 2024; gevraagd was 2022 t/m 2026. Gebruikt: 2020 t/m 2024.');
  });

  it('keeps the available part of an explicit range', () => {
    const resolved = resolveAgainstAvailable({ period: period('sinds 2022'), availableYears: available });
    expect(resolved.years).toEqual([2022, 2023, 2024]);
    expect(resolved.note).toContain('gevraagd was 2022 t/m 2026');
  });

  it('notes when the data starts later than asked or has gaps', () => {
    const older = resolveAgainstAvailable({ period: period('in 2010'), availableYears: available });
    expect(older).toMatchObject({ years: [], note: 'Oudste beschikbare jaar is 2015; gevraagd was 2010.' });
    const gap = resolveAgainstAvailable({ period: period('2019-2021'), availableYears: [2019, 2021, 2022] });
    expect(gap).toMatchObject({ years: [2019, 2021], missingYears: [2020], note: 'Geen gegevens voor 2020. Gebruikt: 2019, 2021.' });
    expect(resolveAgainstAvailable({ period: period('2023'), availableYears: [] }).years).toEqual([]);
  });
});
