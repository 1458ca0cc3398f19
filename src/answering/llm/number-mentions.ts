import { findWordAmounts } from './number-words.ts';

/**
 * Numbers as written in Dutch or English text ("367.947", "367,947", "12,5", "€ 12 mln", "13,3 %",
 * "2023"), each read as every value it can mean, with the tolerance of its displayed precision:
 * "12,4 mln" is 12.4 million ± 50,000, so a source value of 12,437,512 supports it.
 * Signs are dropped: "tekort van 1,2 mln" and −1,200,000 are the same figure.
 */
export interface NumberReading {
  value: number;
  tolerance: number;
}

export interface NumberMention {
  /** As written, e.g. "€ 12,4 mln" without the euro sign: "12,4 mln". */
  text: string;
  index: number;
  readings: NumberReading[];
}

const MULTIPLIERS: Record<string, number> = {
  duizend: 1e3, thousand: 1e3, dzd: 1e3,
  mln: 1e6, miljoen: 1e6, miljoenen: 1e6, million: 1e6, millions: 1e6,
  mld: 1e9, miljard: 1e9, miljarden: 1e9, billion: 1e9, billions: 1e9, bn: 1e9,
};
const PERCENT = new Set(['%', 'procent', 'percent']);

const MENTION = /(?<![\p{L}\p{N}_])(\d+(?:[.,]\d+)*)(?:\s?(%|procent|percent|duizend|thousand|dzd|mln|miljoenen|miljoen|millions|million|mld|miljarden|miljard|billions|billion|bn)(?![\p{L}]))?/giu;

/**
 * How "1.500" and "1,500" are read. In Dutch text "1.500" is 1500 and "1,500" may be 1.5 or an
 * English-style 1500; in English text the other way round. The native form is never read as the
 * other magnitude, so a source's 1.5 cannot support a Dutch answer's "1.500".
 */
export type NumberStyle = 'nl' | 'en';

/** Every number mentioned in `text`, in order. */
export function findNumberMentions(options: { text: string; style: NumberStyle }): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of options.text.matchAll(MENTION)) {
    const digits = match[1]!;
    const unit = match[2]?.toLowerCase();
    const base = readDigits(digits, options.style);
    const readings: NumberReading[] = [];
    for (const reading of base) {
      if (unit && PERCENT.has(unit)) {
        readings.push(reading, { value: reading.value / 100, tolerance: reading.tolerance / 100 });
      } else if (unit) {
        const factor = MULTIPLIERS[unit]!;
        readings.push({ value: reading.value * factor, tolerance: reading.tolerance * factor });
      } else {
        readings.push(reading);
      }
    }
    mentions.push({ text: match[0], index: match.index, readings });
  }
  for (const amount of findWordAmounts(options.text)) {
    mentions.push({ text: amount.text, index: amount.index, readings: amount.values.map((value) => ({ value, tolerance: 0 })) });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/**
 * The exact values a source text states (read as Dutch, the language of the sources): every
 * reading of every mention, and for a mention with a multiplier ("12,4 miljoen") also the bare
 * number, since a source may be quoted either way.
 */
export function sourceValuesOf(text: string): number[] {
  const values: number[] = [];
  for (const match of text.matchAll(MENTION)) {
    for (const reading of readDigits(match[1]!, 'nl')) values.push(reading.value);
  }
  for (const mention of findNumberMentions({ text, style: 'nl' })) for (const reading of mention.readings) values.push(reading.value);
  return values;
}

/** The values in a JSON value: numbers exactly, and numbers mentioned in its strings. */
export function jsonValuesOf(value: unknown): number[] {
  const values: number[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'number' && Number.isFinite(node)) values.push(Math.abs(node));
    else if (typeof node === 'string') values.push(...sourceValuesOf(node));
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(value);
  return values;
}

/** True when a source value falls within the displayed precision of one of the mention's readings. */
export function mentionMatches(mention: NumberMention, values: readonly number[]): boolean {
  return mention.readings.some((reading) =>
    values.some((value) => Math.abs(value - reading.value) <= reading.tolerance + 1e-9 * Math.max(1, value)),
  );
}

/** "1.234,5", "12,5" and "1.234.567" have one reading; a single separator before three digits may have two (see NumberStyle). */
function readDigits(digits: string, style: NumberStyle): NumberReading[] {
  const groups = digits.split(/[.,]/);
  const separators = digits.replace(/\d/g, '');
  if (groups.length === 1) return [integer(digits)];
  const [head, ...rest] = groups;
  const thousandsShaped = rest.every((group) => group.length === 3);
  if (new Set(separators).size === 1) {
    if (groups.length > 2) return thousandsShaped ? [integer(groups.join(''))] : [];
    if (!thousandsShaped) return [decimal(head!, rest[0]!)];
    const nativeThousands = separators === (style === 'nl' ? '.' : ',');
    return nativeThousands ? [integer(groups.join(''))] : [integer(groups.join('')), decimal(head!, rest[0]!)];
  }
  // Mixed separators: the last one is the decimal mark ("1.234,5" or "1,234.5").
  const fraction = groups.at(-1)!;
  const whole = groups.slice(0, -1);
  if (!whole.slice(1).every((group) => group.length === 3)) return [];
  return [decimal(whole.join(''), fraction)];
}

function integer(digits: string): NumberReading {
  return { value: Number(digits), tolerance: 0.5 };
}

function decimal(whole: string, fraction: string): NumberReading {
  return { value: Number(`${whole}.${fraction}`), tolerance: 0.5 * 10 ** -fraction.length };
}
