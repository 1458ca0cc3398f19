import { findNumberMentions } from './number-mentions.ts';

const BARE_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  vijftien: 15, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const MONTHS = [
  ['januari', 'january', 'jan'], ['februari', 'february', 'feb'], ['maart', 'march', 'mrt', 'mar'], ['april', 'apr'], ['mei', 'may'],
  ['juni', 'june', 'jun'], ['juli', 'july', 'jul'], ['augustus', 'august', 'aug'], ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'], ['november', 'nov'], ['december', 'dec'],
];

/** One number in a tool call's arguments that nobody gave. */
export interface UngroundedInput {
  path: string;
  value: number;
}

/**
 * The numbers in a tool call's arguments that the model cannot have taken from anywhere: not in
 * the user's messages (digits in either format, "twee", "september" = 9), not in a source of this
 * turn, and not a year or zero. A calculator fed an invented budget gives a "grounded" but
 * invented result, so such calls are refused and the model is told to ask the user.
 */
export function findUngroundedInputs(options: { args: unknown; userTexts: readonly string[]; sourceValues: readonly number[] }): UngroundedInput[] {
  // Exact values: a user's "1 mln" is 1,000,000 here, not anything that rounds to it.
  const userValues = options.userTexts
    .flatMap((text) => [...findNumberMentions({ text, style: 'nl' }), ...findNumberMentions({ text, style: 'en' })])
    .flatMap((mention) => mention.readings.map((reading) => reading.value));
  const words = new Set(options.userTexts.flatMap((text) => wordValuesOf(text)));
  const problems: UngroundedInput[] = [];
  const visit = (node: unknown, path: string): void => {
    if (typeof node === 'number') {
      const value = Math.abs(node);
      const given =
        value === 0 ||
        (Number.isInteger(value) && value >= 1900 && value <= 2100) ||
        words.has(value) ||
        userValues.some((given) => same(given, value)) ||
        options.sourceValues.some((source) => same(source, value));
      if (!given) problems.push({ path: path || '(invoer)', value: node });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`));
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) visit(item, path ? `${path}.${key}` : key);
    }
  };
  visit(options.args, '');
  return problems;
}

function wordValuesOf(text: string): number[] {
  const values: number[] = [];
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const bare = BARE_WORDS[word];
    if (bare !== undefined) values.push(bare);
    const month = MONTHS.findIndex((names) => names.includes(word));
    if (month >= 0) values.push(month + 1);
  }
  return values;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
