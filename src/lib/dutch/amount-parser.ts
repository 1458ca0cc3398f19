import { countUnitPattern } from './count-units.ts';
import { detectLanguage } from './detect-language.ts';
import type { Language } from '../index.ts';
import { parseLocalizedNumber } from './parse-dutch-number.ts';

export { parseDutchNumber, parseLocalizedNumber } from './parse-dutch-number.ts';

/**
 * Extracts amounts from Dutch or English text: money ("€ 12,5 mln", "11,5 miljoen euro",
 * "€ 850k", "12.5 million"), percentages ("3 %", "3 procent", "3 percent") and counts with a
 * unit ("1.200 jeugdigen"). A scale word without a currency or unit counts as money
 * ("12,5 miljoen"); plain numbers such as years are not returned.
 * Percentages keep their face value: "3 %" → 3.
 */
export type AmountKind = 'money' | 'percentage' | 'count';

export interface ParsedAmount {
  value: number;
  kind: AmountKind;
  /** The matched text, e.g. "€ 12,5 mln". */
  raw: string;
  /** Offset of `raw` in the input text. */
  index: number;
  /** The count noun ("jeugdigen") or percentage unit ("procentpunt"), lower case. */
  unit?: string;
}

export interface ParseAmountsOptions {
  text: string;
  /** Decides "1.200" and "1,200"; detected from the text when omitted (ties: Dutch). */
  language?: Language;
}

const scales: Readonly<Record<string, number>> = {
  k: 1e3, duizend: 1e3, thousand: 1e3, dzd: 1e3,
  m: 1e6, mln: 1e6, mio: 1e6, miljoen: 1e6, miljoenen: 1e6, million: 1e6, millions: 1e6,
  mld: 1e9, mrd: 1e9, miljard: 1e9, miljarden: 1e9, billion: 1e9, bn: 1e9,
};

const numberCore = String.raw`\d{1,3}(?:[.,\u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const scaleWords = String.raw`miljarden|miljard|miljoenen|miljoen|millions|million|billion|thousand|duizend|mld\.?|mrd\.?|mln\.?|mio|bn|dzd\.?|k|m`;
const afterWords = String.raw`euro's|euros|euro|eur|€|%|procentpunten|procentpunt|procent|percentage\s+points?|percent|pct`;

const amountPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?<!\p{N}[.,])(?<![$£¥]\s?)` +
    String.raw`(?<signBefore>[-−](?=\s?(?:€|eur)))?(?:(?<currency>€|eur(?![\p{L}])|euro(?![\p{L}]))\s{0,2})?` +
    String.raw`(?<sign>[-−](?=\d))?(?<number>${numberCore})(?![\p{N}])(?<dash>,-{1,2}|\.-)?` +
    String.raw`(?:\s{0,2}(?<scale>${scaleWords})(?![\p{L}\p{N}]))?` +
    String.raw`(?:\s{0,2}(?<after>${afterWords})(?![\p{L}]))?` +
    String.raw`(?:\s{1,2}(?<unit>${countUnitPattern})(?![\p{L}]))?`,
  'giu',
);

export function parseAmounts({ text, language }: ParseAmountsOptions): ParsedAmount[] {
  const numberLanguage = language ?? detectLanguage({ text });
  const amounts: ParsedAmount[] = [];
  for (const match of text.matchAll(amountPattern)) {
    const groups = match.groups ?? {};
    const numberText = groups.number;
    if (numberText === undefined) continue;
    const number = parseLocalizedNumber({ text: numberText, language: numberLanguage });
    if (number === null) continue;
    const after = groups.after?.toLowerCase().replace(/\s+/g, ' ');
    const hasCurrency = groups.currency !== undefined || (after !== undefined && /^(?:euro|eur|€)/.test(after));
    const scaleWord = groups.scale?.toLowerCase().replace(/\.$/, '');
    if (scaleWord === 'm' && !hasCurrency) continue;
    const scale = scaleWord === undefined ? 1 : (scales[scaleWord] ?? 1);
    const sign = groups.sign !== undefined || groups.signBefore !== undefined ? -1 : 1;
    const value = Number((sign * number * scale).toPrecision(15));
    if (!Number.isFinite(value)) continue;
    const raw = match[0];
    const index = match.index;
    const unit = groups.unit?.toLowerCase().replace(/\s+/g, ' ');
    const rawWithoutUnit = groups.unit === undefined ? raw : raw.slice(0, raw.length - groups.unit.length).trimEnd();

    if (after !== undefined && !hasCurrency) {
      const percentUnit = after.startsWith('procentpunt') || after.startsWith('percentage point') ? 'procentpunt' : undefined;
      amounts.push({ value: Number((sign * number).toPrecision(15)), kind: 'percentage', raw: rawWithoutUnit, index, ...(percentUnit ? { unit: percentUnit } : {}) });
    } else if (unit !== undefined && !hasCurrency) {
      amounts.push({ value, kind: 'count', raw, index, unit });
    } else if (hasCurrency || scaleWord !== undefined) {
      amounts.push({ value, kind: 'money', raw: rawWithoutUnit, index });
    }
  }
  return amounts;
}
