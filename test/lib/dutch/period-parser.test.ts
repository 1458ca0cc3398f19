import { describe, expect, it } from 'vitest';
import { findPeriods, parsePeriod } from '../../../src/lib/dutch/period-parser.ts';

const today = new Date('2026-11-23T12:00:00Z');
const parse = (text: string) => parsePeriod({ text, today });

describe('parsePeriod', () => {
  it.each([
    ['dit jaar', 'year', '2026-01-01', '2026-12-31', [2026]],
    ['this year', 'year', '2026-01-01', '2026-12-31', [2026]],
    ['vorig jaar', 'year', '2025-01-01', '2025-12-31', [2025]],
    ['last year', 'year', '2025-01-01', '2025-12-31', [2025]],
    ['2023', 'year', '2023-01-01', '2023-12-31', [2023]],
    ['in 2023', 'year', '2023-01-01', '2023-12-31', [2023]],
    ['eerste halfjaar 2024', 'halfYear', '2024-01-01', '2024-06-30', [2024]],
    ['first half of 2024', 'halfYear', '2024-01-01', '2024-06-30', [2024]],
    ['tweede helft van 2023', 'halfYear', '2023-07-01', '2023-12-31', [2023]],
    ['H2 2023', 'halfYear', '2023-07-01', '2023-12-31', [2023]],
    ['sinds 2020', 'years', '2020-01-01', '2026-12-31', [2020, 2021, 2022, 2023, 2024, 2025, 2026]],
    ['since 2020', 'years', '2020-01-01', '2026-12-31', [2020, 2021, 2022, 2023, 2024, 2025, 2026]],
    ['de laatste vijf jaar', 'years', '2022-01-01', '2026-12-31', [2022, 2023, 2024, 2025, 2026]],
    ['de afgelopen 3 jaar', 'years', '2024-01-01', '2026-12-31', [2024, 2025, 2026]],
    ['the last five years', 'years', '2022-01-01', '2026-12-31', [2022, 2023, 2024, 2025, 2026]],
    ['the past ten years', 'years', '2017-01-01', '2026-12-31', [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]],
    ['de laatste twee jaar', 'years', '2025-01-01', '2026-12-31', [2025, 2026]],
    ['2019-2022', 'range', '2019-01-01', '2022-12-31', [2019, 2020, 2021, 2022]],
    ['2019 t/m 2022', 'range', '2019-01-01', '2022-12-31', [2019, 2020, 2021, 2022]],
    ['van 2019 tot en met 2022', 'range', '2019-01-01', '2022-12-31', [2019, 2020, 2021, 2022]],
    ['from 2019 to 2022', 'range', '2019-01-01', '2022-12-31', [2019, 2020, 2021, 2022]],
    ['tot en met september', 'range', '2026-01-01', '2026-09-30', [2026]],
    ['through September', 'range', '2026-01-01', '2026-09-30', [2026]],
    ['Q3 2024', 'quarter', '2024-07-01', '2024-09-30', [2024]],
    ['derde kwartaal 2024', 'quarter', '2024-07-01', '2024-09-30', [2024]],
    ['the first quarter of 2025', 'quarter', '2025-01-01', '2025-03-31', [2025]],
    ['op 1 januari 2023', 'date', '2023-01-01', '2023-01-01', [2023]],
    ['on 1 January 2023', 'date', '2023-01-01', '2023-01-01', [2023]],
    ['January 1, 2023', 'date', '2023-01-01', '2023-01-01', [2023]],
    ['per 29-2-2024', 'date', '2024-02-29', '2024-02-29', [2024]],
    ['september 2024', 'month', '2024-09-01', '2024-09-30', [2024]],
    ['in februari', 'month', '2026-02-01', '2026-02-28', [2026]],
  ])('%s', (text, kind, from, to, years) => {
    const period = parse(text);
    expect(period).toMatchObject({ kind, from, to, years, raw: text, index: 0 });
  });

  it('gives Dutch and English labels', () => {
    expect(parse('eerste halfjaar 2024')).toMatchObject({ label: 'eerste halfjaar 2024', labelEn: 'first half of 2024' });
    expect(parse('van 2019 tot en met 2022')).toMatchObject({ label: '2019 t/m 2022', labelEn: '2019 to 2022' });
    expect(parse('Q3 2024')).toMatchObject({ label: 'derde kwartaal 2024', labelEn: 'Q3 2024' });
    expect(parse('op 1 januari 2023')).toMatchObject({ label: '1 januari 2023', labelEn: '1 January 2023' });
    expect(parse('de laatste vijf jaar')).toMatchObject({ label: '2022 t/m 2026 (laatste 5 jaar)', labelEn: '2022 to 2026 (last 5 years)', relative: true });
    expect(parse('tot en met september')).toMatchObject({ label: 'januari t/m september 2026', labelEn: 'January to September 2026', throughMonth: 9 });
  });

  it('finds the period inside a question, preferring the longest mention', () => {
    const question = 'Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven — wanneer is het op?';
    expect(parse(question)).toMatchObject({ kind: 'range', raw: 'tot en met september', index: question.indexOf('tot en met') });
    expect(parse('How many young people in Utrecht had youth care with accommodation in 2023, per 1,000 inhabitants?'))
      .toMatchObject({ kind: 'year', years: [2023], raw: 'in 2023' });
    expect(parse('Hoeveel residentiële plaatsingen hadden we dit jaar?')).toMatchObject({ kind: 'year', years: [2026], relative: true });
    expect(parse('Bevolking op 1 januari 2023 in Utrecht')).toMatchObject({ kind: 'date' });
    expect(parse('tussen 2019 en 2022')).toMatchObject({ kind: 'range', years: [2019, 2020, 2021, 2022] });
    expect(parse('in 2019 en 2022')).toMatchObject({ kind: 'years', years: [2019, 2022], label: '2019 en 2022' });
    expect(parse('third quarter of last year')).toMatchObject({ kind: 'quarter', years: [2025], relative: true });
  });

  it('returns null without a period and ignores amounts that look like years', () => {
    expect(parse('Wat kost P maal Q?')).toBeNull();
    expect(parse('€ 2023 en 2020 euro en 12.500.000')).toBeNull();
    expect(parse('de tweede helft van de wedstrijd')).toBeNull();
    expect(parse('')).toBeNull();
    expect(parsePeriod({ text: '2023', today: new Date('invalid') })).toBeNull();
  });

  it('does not accept impossible dates', () => {
    expect(parse('31 februari 2023')?.kind).not.toBe('date');
    expect(parse('2019-2017')).toMatchObject({ kind: 'year', years: [2019] });
  });
});

describe('findPeriods', () => {
  it('returns every non-overlapping mention in order', () => {
    const periods = findPeriods({ text: 'Jeugdhulp in 2023 vergeleken met 2022 en de laatste vijf jaar', today });
    expect(periods.map((period) => [period.kind, period.raw])).toEqual([
      ['year', 'in 2023'], ['year', '2022'], ['years', 'de laatste vijf jaar'],
    ]);
    expect(findPeriods({ text: 'van 2019 tot en met 2022', today }).map((period) => period.raw)).toEqual(['van 2019 tot en met 2022']);
    expect(findPeriods({ text: 'geen periode', today })).toEqual([]);
  });
});
