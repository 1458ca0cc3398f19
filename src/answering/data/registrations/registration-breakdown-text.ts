import type { Language } from '../../../assistant/index.ts';
import type { MetricGroup } from '../../../sources/registrations/index.ts';
import type { RegistrationMetricResult } from '../../../sources/registrations/index.ts';
import { formatMoney, formatNumber, formatPercent } from '../format-number.ts';
import { inLanguage } from '../../../lib/index.ts';

/** A quarter key for the reader: "2025-K1" stays Dutch, English gets "2025-Q1". */
export function periodLabel(label: string, language: Language): string {
  return inLanguage({ nl: label, en: label.replace(/^(\d{4})-K(\d)/, '$1-Q$2') }, language);
}

/** The group's headline value in the metric's unit: "42 unieke cliënten", "€ 12.000", "87,5 dagen". */
export function groupValueText(result: RegistrationMetricResult, value: number | null, language: Language): string {
  if (value === null) return inLanguage({ nl: 'niet te berekenen', en: 'cannot be computed' }, language);
  switch (result.unit) {
    case 'euro':
      return formatMoney({ value, language });
    case 'dagen':
      return `${formatNumber({ value, language })} ${inLanguage({ nl: 'dagen', en: 'days' }, language)}`;
    case 'clienten':
      if (value === 1) return inLanguage({ nl: '1 unieke cliënt', en: '1 distinct client' }, language);
      return `${formatNumber({ value, language })} ${inLanguage({ nl: 'unieke cliënten', en: 'distinct clients' }, language)}`;
  }
}

/** "- Arnhem (GM0202): 40 unieke cliënten (43 toewijzingen)": a short per-gemeente list in the text. */
export function gemeenteLines(result: RegistrationMetricResult, language: Language): string[] {
  const breakdown = result.breakdown;
  if (!breakdown || breakdown.groupBy !== 'gemeente') return [];
  return breakdown.groups.map((group) =>
    `- ${group.label}: **${groupValueText(result, group.value, language)}** (${formatNumber({ value: group.allocations, language })} ${inLanguage({ nl: 'toewijzingen', en: 'allocations' }, language)})`);
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
  const first = groups[0];
  const latest = groups.at(-1);
  if (!first || !latest) return [];
  const unit = result.breakdown?.groupBy === 'maand' ? inLanguage({ nl: 'maand', en: 'month' }, language) : result.breakdown?.groupBy === 'jaar' ? inLanguage({ nl: 'jaar', en: 'year' }, language) : inLanguage({ nl: 'kwartaal', en: 'quarter' }, language);
  const lines = [
    inLanguage({
      nl: `Per ${unit}, over de hele periode van de registratie (volledige periodes): van **${groupValueText(result, first.value, language)}** in ${periodLabel(first.label, language)} naar **${groupValueText(result, latest.value, language)}** in ${periodLabel(latest.label, language)} [1].`,
      en: `Per ${unit}, over the registration's whole span (complete periods): from **${groupValueText(result, first.value, language)}** in ${periodLabel(first.label, language)} to **${groupValueText(result, latest.value, language)}** in ${periodLabel(latest.label, language)} [1].`,
    }, language),
  ];
  const change = changeText(latest, result, language);
  const lastYear = latest.samePeriodLastYear;
  if (change && lastYear) {
    lines.push(inLanguage({
      nl: `Tegenover dezelfde periode een jaar eerder (${lastYear.period.from} – ${lastYear.period.to}: ${groupValueText(result, lastYear.value, language)}) is dat **${change}**.`,
      en: `Against the same period a year earlier (${lastYear.period.from} – ${lastYear.period.to}: ${groupValueText(result, lastYear.value, language)}) that is **${change}**.`,
    }, language));
  }
  return lines;
}
