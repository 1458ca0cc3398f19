import { daysInMonth, monthNamesEn, monthNamesNl } from './month-names.ts';
import type { Bilingual } from '../index.ts';

/**
 * A period mentioned in a question. `from`/`to` are inclusive ISO dates; `years` lists the
 * calendar years the period touches. Kinds:
 * - year: one calendar year ("2023", "dit jaar", "vorig jaar");
 * - years: several years counted from today or an open start ("de laatste vijf jaar", "sinds 2020");
 * - halfYear, quarter, month, date: as named;
 * - range: explicit two-ended range ("2019 t/m 2022") or year to date ("tot en met september").
 */
export type PeriodKind = 'year' | 'years' | 'halfYear' | 'quarter' | 'month' | 'date' | 'range';

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
  years: number[];
  /** Dutch label, e.g. "eerste halfjaar 2024". */
  label: string;
  labelEn: string;
  /** The matched text. */
  raw: string;
  /** Offset of `raw` in the input. */
  index: number;
  /** true when counted back from today ("dit jaar", "de laatste 3 jaar"). */
  relative: boolean;
  /** Last month covered, for month periods and year-to-date ranges (9 = "tot en met september"). */
  throughMonth?: number;
}

export type PeriodShape = Omit<Period, 'raw' | 'index'>;

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function yearSpan(first: number, last: number): number[] {
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return years;
}

export function yearPeriod(year: number, relative: boolean): PeriodShape {
  return { kind: 'year', from: isoDate(year, 1, 1), to: isoDate(year, 12, 31), years: [year], label: String(year), labelEn: String(year), relative };
}

export function yearsPeriod(first: number, last: number, relative: boolean, note: Bilingual): PeriodShape {
  return {
    kind: 'years', from: isoDate(first, 1, 1), to: isoDate(last, 12, 31), years: yearSpan(first, last),
    label: `${first} t/m ${last} (${note.nl})`, labelEn: `${first} to ${last} (${note.en})`, relative,
  };
}

export function rangePeriod(first: number, last: number): PeriodShape {
  return {
    kind: 'range', from: isoDate(first, 1, 1), to: isoDate(last, 12, 31), years: yearSpan(first, last),
    label: `${first} t/m ${last}`, labelEn: `${first} to ${last}`, relative: false,
  };
}

const ordinalsNl = ['eerste', 'tweede', 'derde', 'vierde'];
const ordinalsEn = ['first', 'second', 'third', 'fourth'];

export function halfYearPeriod(year: number, half: 1 | 2, relative: boolean): PeriodShape {
  const firstMonth = half === 1 ? 1 : 7;
  return {
    kind: 'halfYear', from: isoDate(year, firstMonth, 1), to: isoDate(year, firstMonth + 5, half === 1 ? 30 : 31), years: [year],
    label: `${ordinalsNl[half - 1]} halfjaar ${year}`, labelEn: `${ordinalsEn[half - 1]} half of ${year}`, relative,
  };
}

export function quarterPeriod(year: number, quarter: number, relative: boolean): PeriodShape {
  const lastMonth = quarter * 3;
  return {
    kind: 'quarter', from: isoDate(year, lastMonth - 2, 1), to: isoDate(year, lastMonth, daysInMonth({ year, month: lastMonth })), years: [year],
    label: `${ordinalsNl[quarter - 1]} kwartaal ${year}`, labelEn: `Q${quarter} ${year}`, relative,
  };
}

export function monthPeriod(year: number, month: number, relative: boolean): PeriodShape {
  return {
    kind: 'month', from: isoDate(year, month, 1), to: isoDate(year, month, daysInMonth({ year, month })), years: [year],
    label: `${monthNamesNl[month - 1]} ${year}`, labelEn: `${monthNamesEn[month - 1]} ${year}`, relative, throughMonth: month,
  };
}

export function throughMonthPeriod(year: number, firstMonth: number, lastMonth: number, relative: boolean): PeriodShape {
  return {
    kind: 'range', from: isoDate(year, firstMonth, 1), to: isoDate(year, lastMonth, daysInMonth({ year, month: lastMonth })), years: [year],
    label: `${monthNamesNl[firstMonth - 1]} t/m ${monthNamesNl[lastMonth - 1]} ${year}`,
    labelEn: `${monthNamesEn[firstMonth - 1]} to ${monthNamesEn[lastMonth - 1]} ${year}`, relative, throughMonth: lastMonth,
  };
}

/** A single day; null when the day does not exist (31 februari). */
export function datePeriod(year: number, month: number, day: number): PeriodShape | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth({ year, month })) return null;
  const date = isoDate(year, month, day);
  return {
    kind: 'date', from: date, to: date, years: [year],
    label: `${day} ${monthNamesNl[month - 1]} ${year}`, labelEn: `${day} ${monthNamesEn[month - 1]} ${year}`, relative: false,
  };
}
