import type { Period } from './period.ts';
import type { Bilingual } from '../index.ts';

/**
 * Matches a requested period to the years for which data exists. When the newest data is older
 * than asked, a single-year question falls back to the latest available year, and a relative
 * span ("de laatste vijf jaar") shifts to end at the latest available year; both with a note.
 */
export interface ResolvedYears {
  /** Years to query, ascending. Empty when none of the data fits. */
  years: number[];
  requestedYears: number[];
  /** Requested years without data. */
  missingYears: number[];
  /** Dutch note for the user, e.g. "Laatst beschikbare jaar is 2024; gevraagd was 2026."; null when all is there. */
  note: string | null;
  noteEn: string | null;
}

export function resolveAgainstAvailable({ period, availableYears }: { period: Period; availableYears: number[] }): ResolvedYears {
  const available = [...new Set(availableYears.filter(Number.isInteger))].sort((a, b) => a - b);
  const requested = [...period.years].sort((a, b) => a - b);
  const availableSet = new Set(available);
  const missing = requested.filter((year) => !availableSet.has(year));
  const base = { requestedYears: requested, missingYears: missing };
  const latest = available.at(-1);
  const earliest = available[0];
  if (latest === undefined || earliest === undefined) {
    return { ...base, years: [], note: 'Er zijn geen gegevens beschikbaar.', noteEn: 'No data is available.' };
  }
  if (missing.length === 0) return { ...base, years: requested, note: null, noteEn: null };

  const asked = describeYears(requested);
  const newestAsked = requested.at(-1) ?? latest;
  if (newestAsked > latest) {
    const within = requested.filter((year) => availableSet.has(year));
    let years: number[];
    if (requested.length === 1) {
      years = [latest];
    } else if (period.kind === 'years' && period.relative) {
      years = available.slice(-requested.length);
    } else {
      years = within.length > 0 ? within : [latest];
    }
    const usedNl = years.length > 1 || requested.length > 1 ? ` Gebruikt: ${describeYears(years).nl}.` : '';
    const usedEn = years.length > 1 || requested.length > 1 ? ` Used: ${describeYears(years).en}.` : '';
    return {
      ...base, years,
      note: `Laatst beschikbare jaar is ${latest}; gevraagd was ${asked.nl}.${usedNl}`,
      noteEn: `Latest available year is ${latest}; ${asked.en} was requested.${usedEn}`,
    };
  }
  const years = requested.filter((year) => availableSet.has(year));
  if (years.length === 0 && (requested.at(-1) ?? earliest) < earliest) {
    return {
      ...base, years,
      note: `Oudste beschikbare jaar is ${earliest}; gevraagd was ${asked.nl}.`,
      noteEn: `Earliest available year is ${earliest}; ${asked.en} was requested.`,
    };
  }
  return {
    ...base, years,
    note: `Geen gegevens voor ${missing.join(', ')}.${years.length > 0 ? ` Gebruikt: ${describeYears(years).nl}.` : ''}`,
    noteEn: `No data for ${missing.join(', ')}.${years.length > 0 ? ` Used: ${describeYears(years).en}.` : ''}`,
  };
}

/** "2026", "2022 t/m 2026" for a consecutive run, else "2019, 2022". */
function describeYears(years: number[]): Bilingual {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return { nl: '-', en: '-' };
  if (first === last) return { nl: String(first), en: String(first) };
  if (last - first + 1 === years.length) return { nl: `${first} t/m ${last}`, en: `${first} to ${last}` };
  return { nl: years.join(', '), en: years.join(', ') };
}
