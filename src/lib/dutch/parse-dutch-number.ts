import type { Language } from '../index.ts';

/**
 * Number reading with Dutch and English separators.
 * Rules, in order:
 * 1. both '.' and ',' present: the last one is the decimal separator, the other groups thousands;
 * 2. one separator occurring several times: thousands grouping ("12.500.000", "1,200,000");
 * 3. one separator once, followed by exactly three digits and preceded by 1–3 digits not starting
 *    with 0: ambiguous ("1.200", "1,200"), resolved by language: Dutch reads '.' as thousands and
 *    ',' as decimal, English the other way round;
 * 4. otherwise the single separator is the decimal separator ("12,5", "12.5").
 * A non-breaking or narrow space may group thousands ("12 500 000").
 */

const plainNumber = /^(?:\d+|\d+[.,]\d+|\d{1,3}(?:([.,])\d{3})+(?:[.,]\d+)?)$/;

export function parseLocalizedNumber({ text, language }: { text: string; language: Language }): number | null {
  let body = text.trim().replace(/^\+/, '');
  let sign = 1;
  if (/^[-−–]/.test(body)) {
    sign = -1;
    body = body.slice(1).trimStart();
  }
  if (/^\d{1,3}(?:[\u00A0\u202F ]\d{3})+(?:[.,]\d+)?$/.test(body)) body = body.replace(/[\u00A0\u202F ]/g, '');
  if (!plainNumber.test(body)) return null;

  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const [integerPart = '', fraction = ''] = body.split(decimal);
    if (body.split(decimal).length !== 2 || !/^\d{1,3}(?:[.,]\d{3})*$/.test(integerPart) || integerPart.includes(decimal)) return null;
    normalized = `${integerPart.split(grouping).join('')}.${fraction}`;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const parts = body.split(separator);
    if (parts.length > 2) {
      if (!/^\d{1,3}$/.test(parts[0] ?? '') || parts.slice(1).some((part) => part.length !== 3)) return null;
      normalized = parts.join('');
    } else {
      const [integerPart = '', fraction = ''] = parts;
      const ambiguous = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integerPart);
      const groupsThousands = ambiguous && (language === 'nl' ? separator === '.' : separator === ',');
      normalized = groupsThousands ? `${integerPart}${fraction}` : `${integerPart}.${fraction}`;
    }
  } else {
    normalized = body;
  }
  const value = sign * Number(normalized);
  return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
}

/** Reads a number written the Dutch way: "12,5" → 12.5, "1.200" → 1200, "12.500.000,50" → 12500000.5. */
export function parseDutchNumber({ text }: { text: string }): number | null {
  return parseLocalizedNumber({ text, language: 'nl' });
}
