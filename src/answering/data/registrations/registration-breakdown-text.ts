import type { Language } from '../../../assistant/index.ts';
import type { MetricGroup } from '../../../sources/registrations/index.ts';
import type { RegistrationMetricResult } from '../../../sources/registrations/index.ts';
import { formatMoney, formatNumber, formatPercent } from '../format-number.ts';

/** A quarter key for the reader: "2025-K1" stays Dutch, English gets "2025-Q1". */
export function periodLabel(label: string, language: Language): string {
  return language === 'en' ? label.replace(/^(\d{4})-K(\d)/, '$1-Q$2') : label;
}

/** The group's headline value in the metric's unit: "42 unieke cliënten", "€ 12.000", "87,5 dagen". */
export function groupValueText(result: RegistrationMetricResult, value: number | null, language: Language): string {
  const nl = language === 'nl';
  if (value === null) return nl ? 'niet te berekenen' : 'cannot be computed';
  switch (result.unit) {
    case 'euro':
      return formatMoney({ value, language });
    case 'dagen':
      return `${formatNumber({ value, language })} ${nl ? 'dagen' : 'days'}`;
    case 'clienten':
      if (value === 1) return nl ? '1 unieke cliënt' : '1 distinct client';
      return `${formatNumber({ value, language })} ${nl ? 'unieke cliënten' : 'distinct clients'}`;
  }
}

/** "- Arnhem (GM0202): 40 unieke cliënten (43 toewijzingen)": a short per-gemeente list in the text. */
export function gemeenteLines(result: RegistrationMetricResult, language: Language): string[] {
  const breakdown = result.breakdown;
  if (!breakdown || breakdown.groupBy !== 'gemeente') return [];
  const nl = language === 'nl';
  return breakdown.groups.map((group) =>
    `- ${group.label}: **${groupValueText(result, group.value, language)}** (${formatNumber({ value: group.allocations, language })} ${nl ? 'toewijzingen' : 'allocations'})`);
}

/** "+5 (+12,5 %)", "−3 (−7,1 %)", "0 (0 %)"; the percentage is left out when last year's value was 0. */
export function changeText(group: MetricGroup, result: RegistrationMetricResult, language: Language): string | undefined {
  const last = group.samePeriodLastYear;
  if (!last || last.change === null) return undefined;
  const sign = last.change > 0 ? '+' : last.change < 0 ? '−' : '';
  const amount = result.unit === 'euro' ? formatMoney({ value: Math.abs(last.change), language }) : formatNumber({ value: Math.abs(last.change), language });
  const percent = last.changePercent === null ? '' : ` (${last.changePercent > 0 ? '+' : last.changePercent < 0 ? '−' : ''}${formatPercent({ value: Math.abs(last.changePercent), language })})`;
  return `${sign}${amount}${percent}`;
}

/**
 * The trend in words: the latest complete period against the same period a year earlier, and the
 * first and latest complete period of the series. Only figures of the breakdown, with their periods.
 */
export function trendLines(result: RegistrationMetricResult, language: Language): string[] {
  const all = result.breakdown?.groups ?? [];
  // A month or quarter cut off by the start or end of the data would make a misleading first or last point.
  const complete = all.filter((group) => group.label === group.key);
  const groups = complete.length >= 2 ? complete : all;
  const nl = language === 'nl';
  const first = groups[0];
  const latest = groups.at(-1);
  if (!first || !latest) return [];
  const unit = result.breakdown?.groupBy === 'maand' ? (nl ? 'maand' : 'month') : result.breakdown?.groupBy === 'jaar' ? (nl ? 'jaar' : 'year') : (nl ? 'kwartaal' : 'quarter');
  const lines = [
    nl
      ? `Per ${unit}, over de hele periode van de registratie (volledige periodes): van **${groupValueText(result, first.value, language)}** in ${periodLabel(first.label, language)} naar **${groupValueText(result, latest.value, language)}** in ${periodLabel(latest.label, language)} [1].`
      : `Per ${unit}, over the registration's whole span (complete periods): from **${groupValueText(result, first.value, language)}** in ${periodLabel(first.label, language)} to **${groupValueText(result, latest.value, language)}** in ${periodLabel(latest.label, language)} [1].`,
  ];
  const change = changeText(latest, result, language);
  const lastYear = latest.samePeriodLastYear;
  if (change && lastYear) {
    lines.push(nl
      ? `Tegenover dezelfde periode een jaar eerder (${lastYear.period.from} – ${lastYear.period.to}: ${groupValueText(result, lastYear.value, language)}) is dat **${change}**.`
      : `Against the same period a year earlier (${lastYear.period.from} – ${lastYear.period.to}: ${groupValueText(result, lastYear.value, language)}) that is **${change}**.`);
  }
  return lines;
}
