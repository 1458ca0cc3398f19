import { formatIsoDate, monthsBetween, type IsoDate } from './calendar-date.ts';

/** The calendar units a registration figure can be split into. */
export type CalendarUnit = 'maand' | 'kwartaal' | 'jaar';

export interface CalendarPeriod {
  /** '2025-03', '2025-K1', '2025'. */
  key: string;
  first: IsoDate;
  last: IsoDate;
}

/** Every month, quarter or year that touches [from, to], in order, as whole calendar periods. */
export function calendarPeriodsBetween({ from, to }: { from: IsoDate; to: IsoDate }, unit: CalendarUnit): CalendarPeriod[] {
  const months = monthsBetween({ from, to });
  if (unit === 'maand') return months;
  const periods: CalendarPeriod[] = [];
  for (const month of months) {
    const year = month.key.slice(0, 4);
    const quarter = Math.floor((Number(month.key.slice(5, 7)) - 1) / 3) + 1;
    const key = unit === 'jaar' ? year : `${year}-K${quarter}`;
    const current = periods.at(-1);
    if (current?.key === key) {
      current.last = month.last;
      continue;
    }
    const first = unit === 'jaar' ? `${year}-01-01` : `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
    periods.push({ key, first, last: month.last });
  }
  // Whole quarters and years, also where [from, to] starts or ends inside one.
  for (const period of periods) period.last = lastDayOf(period.key, unit, period.last);
  return periods;
}

function lastDayOf(key: string, unit: CalendarUnit, fallback: IsoDate): IsoDate {
  const year = Number(key.slice(0, 4));
  if (unit === 'jaar') return `${year}-12-31`;
  if (unit === 'kwartaal') {
    const quarter = Number(key.slice(6));
    return formatIsoDate(new Date(Date.UTC(year, quarter * 3, 0)));
  }
  return fallback;
}

/** The same day one year earlier; 29 February becomes 28 February. */
export function oneYearEarlier(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4)) - 1;
  const rest = date.slice(5);
  return rest === '02-29' ? `${year}-02-28` : `${year}-${rest}`;
}

/** The first day of the quarter that holds `date`. */
export function quarterStart(date: IsoDate): IsoDate {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}
