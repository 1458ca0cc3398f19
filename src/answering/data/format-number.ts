import type { Language } from '../../assistant/index.ts';
import { monthNamesEn, monthNamesNl } from '../../lib/dutch/index.ts';
import { inLanguage, type Bilingual } from '../../lib/index.ts';

/**
 * Number formatting for answers. Values are shown exactly as the tool returned them: only the
 * separators change (Dutch 367.947 and 13,3; English 367,947 and 13.3), never the rounding.
 */
const locales: Bilingual = { nl: 'nl-NL', en: 'en-GB' };
const monthNames: Bilingual<readonly string[]> = { nl: monthNamesNl, en: monthNamesEn };

export interface FormatValueOptions {
  value: number;
  language: Language;
}

export function formatNumber({ value, language }: FormatValueOptions): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 10, useGrouping: true }).format(value);
}

/** "€ 12.000.000", "€ 1.133.333,33" (nl); "€12,000,000" (en). Cents only when the amount has them. */
export function formatMoney({ value, language }: FormatValueOptions): string {
  const cents = Math.round(Math.abs(value) * 100) % 100 !== 0;
  const digits = cents ? 2 : 0;
  const body = new Intl.NumberFormat(locales[language], { minimumFractionDigits: digits, maximumFractionDigits: 10 }).format(Math.abs(value));
  const sign = value < 0 ? '−' : '';
  return inLanguage({ nl: `${sign}€ ${body}`, en: `${sign}€${body}` }, language);
}

/** "13,3 %" (nl), "13.3%" (en). */
export function formatPercent({ value, language }: FormatValueOptions): string {
  return `${formatNumber({ value, language })}${inLanguage({ nl: ' %', en: '%' }, language)}`;
}

/** "2026-11-23" → "23 november 2026" / "23 November 2026"; unchanged when not an ISO date. */
export function formatIsoDate({ iso, language }: { iso: string; language: Language }): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = Number(match[2]);
  const name = monthNames[language][month - 1];
  return name ? `${Number(match[3])} ${name} ${match[1]}` : iso;
}

/** "1 januari 2026 t/m 23 november 2026"; a single day when from = to. */
export function formatIsoPeriod({ from, to, language }: { from: string; to: string; language: Language }): string {
  if (from === to) return formatIsoDate({ iso: from, language });
  return `${formatIsoDate({ iso: from, language })} ${inLanguage({ nl: 't/m', en: 'to' }, language)} ${formatIsoDate({ iso: to, language })}`;
}
