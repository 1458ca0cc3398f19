import { anyMonthPattern, fullMonthPattern, monthNumber } from './month-lookup.ts';
import { numberWordPattern, readSmallNumber } from './number-words.ts';
import {
  datePeriod, halfYearPeriod, monthPeriod, quarterPeriod, rangePeriod, throughMonthPeriod, yearPeriod, yearsPeriod,
  type PeriodShape,
} from './period.ts';

/** One recognisable way of naming a period, with the code that turns a match into a period. */
export interface PeriodRule {
  name: string;
  pattern: RegExp;
  build: (groups: Record<string, string | undefined>, currentYear: number) => PeriodShape | null;
}

const year = String.raw`(?:19|20)\d{2}(?![\p{N}]|[.,]\p{N})`;
/** A year that is not an amount: not after "€", not before "%", "euro", "miljoen" and the like. */
const yearNotAmount = String.raw`(?<!€\s?)${year}(?!\s*(?:%|€(?!\s*\d)|euro|eur|procent|percent|mln|mld|miljoen|miljard|million|billion)(?![\p{L}]))`;
const relativeYear = String.raw`dit jaar|this year|het huidige jaar|huidige jaar|lopende jaar|the current year|current year|vorig jaar|vorige jaar|het vorige jaar|afgelopen jaar|het afgelopen jaar|last year|previous year|the previous year|volgend jaar|volgende jaar|komend jaar|next year`;
const yearOrRelative = String.raw`(?:(?<y>${year})|(?<rel>${relativeYear}))`;

/** Wraps a pattern so it only matches at word boundaries (Unicode-aware). */
function rule(source: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`, 'giu');
}

function relativeOffset(text: string): number {
  const lower = text.toLowerCase();
  if (/vorig|afgelopen|last|previous/.test(lower)) return -1;
  if (/volgend|komend|next/.test(lower)) return 1;
  return 0;
}

/** The year named by `y` or `rel`, else the current year; `relative` tells whether it came from today. */
function resolveYear(groups: Record<string, string | undefined>, currentYear: number): { year: number; relative: boolean } {
  if (groups.y !== undefined) return { year: Number(groups.y), relative: false };
  return { year: currentYear + relativeOffset(groups.rel ?? ''), relative: true };
}

const ordinal = (text: string | undefined): number | null => {
  const key = (text ?? '').toLowerCase();
  const table: Record<string, number> = {
    eerste: 1, '1e': 1, '1ste': 1, first: 1, '1st': 1, tweede: 2, '2e': 2, '2de': 2, second: 2, '2nd': 2,
    derde: 3, '3e': 3, '3de': 3, third: 3, '3rd': 3, vierde: 4, '4e': 4, '4de': 4, fourth: 4, '4th': 4,
  };
  return table[key] ?? null;
};

const ordinalPattern = String.raw`eerste|tweede|derde|vierde|1ste|2de|3de|4de|1e|2e|3e|4e|first|second|third|fourth|1st|2nd|3rd|4th`;

export const periodRules: readonly PeriodRule[] = [
  {
    name: 'isoDate',
    pattern: rule(String.raw`(?:(?:op|per|on)\s+)?(?<y>${year})-(?<m>\d{2})-(?<d>\d{2})`),
    build: (g) => datePeriod(Number(g.y), Number(g.m), Number(g.d)),
  },
  {
    name: 'dayMonthYear',
    pattern: rule(String.raw`(?:(?:op|per|on|vanaf|as of)\s+)?(?<d>\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?(?<mname>${anyMonthPattern})\.?\s+(?<y>${year})`),
    build: (g) => datePeriod(Number(g.y), monthNumber({ name: g.mname ?? '' }) ?? 0, Number(g.d)),
  },
  {
    name: 'monthDayYear',
    pattern: rule(String.raw`(?:on\s+)?(?<mname>${anyMonthPattern})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>${year})`),
    build: (g) => datePeriod(Number(g.y), monthNumber({ name: g.mname ?? '' }) ?? 0, Number(g.d)),
  },
  {
    name: 'numericDate',
    pattern: rule(String.raw`(?:(?:op|per|on)\s+)?(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>${year})`),
    build: (g) => datePeriod(Number(g.y), Number(g.m), Number(g.d)),
  },
  {
    name: 'throughMonth',
    pattern: rule(String.raw`(?:(?:van|from)\s+(?<mfrom>${fullMonthPattern})\s+)?(?:tot\s+en\s+met|t\/m|through|thru|up\s+to\s+and\s+including|up\s+to|until|till|tot\s+eind|to\s+the\s+end\s+of)\s+(?<mname>${fullMonthPattern}|may)(?:\s+(?:van\s+|of\s+)?${yearOrRelative})?`),
    build: (g, currentYear) => {
      const last = monthNumber({ name: g.mname ?? '' });
      const first = g.mfrom === undefined ? 1 : monthNumber({ name: g.mfrom });
      if (last === null || first === null || first > last) return null;
      const { year: resolved, relative } = resolveYear(g, currentYear);
      return throughMonthPeriod(resolved, first, last, relative);
    },
  },
  {
    name: 'monthYear',
    pattern: rule(String.raw`(?:(?:in|during|gedurende|over|of)\s+)?(?<mname>${anyMonthPattern})\.?\s+(?:(?:van\s+|of\s+)?(?<rel>${relativeYear})|(?<y>${year}))`),
    build: (g, currentYear) => {
      const month = monthNumber({ name: g.mname ?? '' });
      if (month === null) return null;
      const { year: resolved, relative } = resolveYear(g, currentYear);
      return monthPeriod(resolved, month, relative);
    },
  },
  {
    name: 'inMonth',
    pattern: rule(String.raw`(?:in|during|gedurende)\s+(?<mname>${fullMonthPattern})`),
    build: (g, currentYear) => monthPeriod(currentYear, monthNumber({ name: g.mname ?? '' }) ?? 1, true),
  },
  {
    name: 'quarterCode',
    pattern: rule(String.raw`(?:(?<y1>${year})\s*-?\s*)?Q(?<q>[1-4])(?:\s*-?\s*(?:van\s+|of\s+)?${yearOrRelative})?`),
    build: (g, currentYear) => {
      const groups = g.y1 !== undefined && g.y === undefined && g.rel === undefined ? { y: g.y1 } : g;
      const { year: resolved, relative } = resolveYear(groups, currentYear);
      return quarterPeriod(resolved, Number(g.q), relative);
    },
  },
  {
    name: 'quarterWords',
    pattern: rule(String.raw`(?:het\s+|the\s+)?(?<ord>${ordinalPattern})\s+(?:kwartaal|quarter)(?:\s+(?:van\s+|of\s+)?${yearOrRelative})?`),
    build: (g, currentYear) => {
      const quarter = ordinal(g.ord);
      if (quarter === null) return null;
      const { year: resolved, relative } = resolveYear(g, currentYear);
      return quarterPeriod(resolved, quarter, relative);
    },
  },
  {
    name: 'halfYearWords',
    pattern: rule(String.raw`(?:het\s+|de\s+|the\s+)?(?<ord>eerste|tweede|1ste|2de|1e|2e|first|second)\s+(?<word>halfjaar|half\s+jaar|jaarhelft|helft|half)(?:\s+(?:van\s+(?:het\s+)?|of\s+(?:the\s+)?)?(?:${yearOrRelative}|(?<theYear>jaar|year)))?`),
    build: (g, currentYear) => {
      const half = ordinal(g.ord);
      const word = (g.word ?? '').toLowerCase();
      // "helft"/"half" alone is too vague ("tweede helft van de wedstrijd"): require a year.
      if ((half !== 1 && half !== 2) || (/^(?:helft|half)$/.test(word) && g.y === undefined && g.rel === undefined && g.theYear === undefined)) return null;
      const { year: resolved, relative } = resolveYear(g, currentYear);
      return halfYearPeriod(resolved, half, relative);
    },
  },
  {
    name: 'halfYearCode',
    pattern: rule(String.raw`(?:H(?<h>[12])\s*-?\s*(?<y>${year})|(?<y2>${year})\s*-?\s*H(?<h2>[12]))`),
    build: (g) => halfYearPeriod(Number(g.y ?? g.y2), Number(g.h ?? g.h2) === 1 ? 1 : 2, false),
  },
  {
    name: 'yearRange',
    pattern: rule(String.raw`(?:(?<prefix>van|vanaf|from|tussen|between|over|in)\s+(?:de\s+jaren\s+|the\s+years\s+)?)?(?<y>${yearNotAmount})\s*(?<sep>-|–|—|t\/m|tot\s+en\s+met|tot|to|through|until|till|and|en)\s*(?<y2>${yearNotAmount})`),
    build: (g) => {
      const first = Number(g.y);
      const last = Number(g.y2);
      const separator = (g.sep ?? '').toLowerCase();
      if (separator === 'en' || separator === 'and') {
        if (first === last) return yearPeriod(first, false);
        const [low, high] = first < last ? [first, last] : [last, first];
        const isBetween = /tussen|between/i.test(g.prefix ?? '');
        if (isBetween) return rangePeriod(low, high);
        return { ...yearsPeriod(low, high, false, { nl: 'twee jaren', en: 'two years' }), years: [low, high], label: `${low} en ${high}`, labelEn: `${low} and ${high}` };
      }
      return first <= last ? rangePeriod(first, last) : null;
    },
  },
  {
    name: 'sinceYear',
    pattern: rule(String.raw`(?:sinds|vanaf|since|from)\s+(?<y>${yearNotAmount})`),
    build: (g, currentYear) => {
      const first = Number(g.y);
      return yearsPeriod(first, Math.max(first, currentYear), false, { nl: `sinds ${first}`, en: `since ${first}` });
    },
  },
  {
    name: 'lastYears',
    pattern: rule(String.raw`(?:(?:in|over|during)\s+)?(?:(?:de|the)\s+)?(?:laatste|afgelopen|voorbije|vorige|last|past|previous)\s+(?<n>\d{1,2}|${numberWordPattern})\s+(?:kalenderjaren|jaren|jaar|calendar\s+years|years)`),
    build: (g, currentYear) => {
      const count = readSmallNumber({ text: g.n ?? '' });
      if (count === null || count < 1 || count > 50) return null;
      return yearsPeriod(currentYear - count + 1, currentYear, true, { nl: `laatste ${count} jaar`, en: `last ${count} years` });
    },
  },
  {
    name: 'relativeYear',
    pattern: rule(String.raw`(?:(?:in|over|during)\s+)?(?<rel>${relativeYear})`),
    build: (g, currentYear) => yearPeriod(currentYear + relativeOffset(g.rel ?? ''), true),
  },
  {
    name: 'year',
    pattern: rule(String.raw`(?:(?:in|over|jaar|year|tijdens|during|per)\s+)?(?<y>${yearNotAmount})`),
    build: (g) => yearPeriod(Number(g.y), false),
  },
];
