import { periodRules } from './period-patterns.ts';
import type { Period } from './period.ts';

export type { Period, PeriodKind } from './period.ts';

export interface ParsePeriodOptions {
  text: string;
  /** Reference date for "dit jaar", "de laatste 3 jaar"; calendar fields are read in UTC. */
  today: Date;
  /** Reserved for language-specific readings; both languages are recognised either way. */
  language?: 'nl' | 'en';
}

/**
 * Finds the period a question is about: the longest recognised mention wins (so "van 2019 tot en
 * met 2022" beats "2019", "op 1 januari 2023" beats "2023"); on equal length the earliest, then
 * the rule listed first. Returns null when no period is mentioned or `today` is invalid.
 */
export function parsePeriod({ text, today }: ParsePeriodOptions): Period | null {
  const currentYear = today.getUTCFullYear();
  if (!Number.isFinite(currentYear) || typeof text !== 'string') return null;
  let best: Period | null = null;
  for (const rule of periodRules) {
    for (const match of text.matchAll(rule.pattern)) {
      const raw = match[0];
      if (best !== null && (raw.length < best.raw.length || (raw.length === best.raw.length && match.index >= best.index))) continue;
      const shape = rule.build(match.groups ?? {}, currentYear);
      if (shape !== null) best = { ...shape, raw, index: match.index };
    }
  }
  return best;
}

/**
 * All non-overlapping period mentions in order of appearance ("in 2023 vergeleken met 2022" → two
 * years). Overlaps are settled like parsePeriod: the longer mention wins.
 */
export function findPeriods({ text, today }: ParsePeriodOptions): Period[] {
  const currentYear = today.getUTCFullYear();
  if (!Number.isFinite(currentYear) || typeof text !== 'string') return [];
  const candidates: { period: Period; order: number }[] = [];
  periodRules.forEach((rule, order) => {
    for (const match of text.matchAll(rule.pattern)) {
      const shape = rule.build(match.groups ?? {}, currentYear);
      if (shape !== null) candidates.push({ period: { ...shape, raw: match[0], index: match.index }, order });
    }
  });
  candidates.sort((a, b) => b.period.raw.length - a.period.raw.length || a.period.index - b.period.index || a.order - b.order);
  const chosen: Period[] = [];
  for (const { period } of candidates) {
    const end = period.index + period.raw.length;
    if (chosen.every((other) => end <= other.index || period.index >= other.index + other.raw.length)) chosen.push(period);
  }
  return chosen.sort((a, b) => a.index - b.index);
}
