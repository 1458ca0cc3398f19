/**
 * Calendar dates as ISO text ('2024-02-01'), the form stored in SQLite and compared as strings.
 * Arithmetic goes through UTC day numbers so time zones and DST never shift a date.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_PATTERN = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/** Reads 'YYYY-MM-DD' or 'DD-MM-YYYY' (also 'D-M-YYYY'); null for anything else or a non-existent day. */
export function parseCalendarDate(text: string): IsoDate | null {
  const trimmed = text.trim();
  const iso = ISO_PATTERN.exec(trimmed);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = DUTCH_PATTERN.exec(trimmed);
  if (dutch) return validDate(Number(dutch[3]), Number(dutch[2]), Number(dutch[1]));
  return null;
}

/** True for a strict, existing 'YYYY-MM-DD' date. */
export function isIsoDate(text: string): boolean {
  return ISO_PATTERN.test(text) && parseCalendarDate(text) === text;
}

function validDate(year: number, month: number, day: number): IsoDate | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return formatIsoDate(date);
}

export function formatIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function toDayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

export function fromDayNumber(day: number): IsoDate {
  return formatIsoDate(new Date(day * MS_PER_DAY));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from begin to end with both days counted: the same day gives 1. */
export function inclusiveDays(begin: IsoDate, end: IsoDate): number {
  return toDayNumber(end) - toDayNumber(begin) + 1;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export interface CalendarMonth {
  /** 'YYYY-MM' */
  key: string;
  first: IsoDate;
  last: IsoDate;
}

/** Every calendar month that touches [from, to], in order. */
export function monthsBetween({ from, to }: { from: IsoDate; to: IsoDate }): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const lastKey = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > lastKey) break;
    const first = `${key}-01`;
    const last = formatIsoDate(new Date(Date.UTC(year, month, 0)));
    months.push({ key, first, last });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
