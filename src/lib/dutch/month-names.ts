/** Month names used in labels and when parsing periods (index 0 = January). */
export const monthNamesNl = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

export const monthNamesEn = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export interface MonthName {
  /** 1 = January … 12 = December. */
  month: number;
  nl: string;
  en: string;
}

/** Dutch and English name of a month number (1–12). */
export function monthName({ month }: { month: number }): MonthName {
  const nl = monthNamesNl[month - 1];
  const en = monthNamesEn[month - 1];
  if (nl === undefined || en === undefined) {
    throw new RangeError(`Month must be 1–12, got ${month}`);
  }
  return { month, nl, en };
}

/** Number of days in a month (UTC calendar, leap years included). */
export function daysInMonth({ year, month }: { year: number; month: number }): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
