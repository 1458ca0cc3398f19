/**
 * One word of the text. A hyphenated or apostrophe-joined word (`jeugd-ggz`) has several
 * `parts` and a `joined` form (`jeugdggz`); a plain word has one part and no joined form.
 */
export interface WordToken {
  parts: string[];
  joined?: string;
}

const LETTER_OR_DIGIT = String.raw`[\p{L}\p{N}]`;
const PRICE_TIMES_QUANTITY = String.raw`p\s*[×*]\s*q|pxq`;
const NUMBER = String.raw`\p{N}+(?:[.,]\p{N}+)*(?!${LETTER_OR_DIGIT})`;
const WORD = String.raw`${LETTER_OR_DIGIT}+(?:['\u2019\-\u2010\u2011]${LETTER_OR_DIGIT}+)*`;
const TOKEN_PATTERN = new RegExp(
  String.raw`(?<!${LETTER_OR_DIGIT})(?:${PRICE_TIMES_QUANTITY})(?!${LETTER_OR_DIGIT})|${NUMBER}|${WORD}`,
  'giu',
);
const PRICE_TIMES_QUANTITY_ONLY = new RegExp(String.raw`^(?:${PRICE_TIMES_QUANTITY})$`, 'iu');
const HYPHEN = /[\-\u2010\u2011]/u;
/** Longer hyphen chains (file names, URLs) get no joined form. */
const MAX_JOINED_PARTS = 3;
const APOSTROPHE = /['\u2019]/u;

/**
 * Splits text into words, keeping the structure of hyphenated words.
 * - `P×Q`, `PxQ`, `p*q` become the single token `pxq`;
 * - numbers in Dutch notation (`367.947`, `12,5`) stay one token;
 * - a plural with `'s` loses it (`risico's` → `risico`), other apostrophes are dropped;
 * - hyphenated words keep their parts and, up to three parts, a joined form
 *   (`jeugd-ggz` → `jeugd`, `ggz`, `jeugdggz`).
 * Case is left as it is; fold the text first for lowercase tokens.
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    if (PRICE_TIMES_QUANTITY_ONLY.test(raw)) {
      tokens.push({ parts: ['pxq'] });
      continue;
    }
    const word = removeApostrophes(raw);
    const parts = word.split(HYPHEN).filter((part) => part.length > 0);
    const isCompound = parts.length > 1 && parts.length <= MAX_JOINED_PARTS;
    tokens.push(isCompound ? { parts, joined: parts.join('') } : { parts });
  }
  return tokens;
}

/** The flat token list of `tokenizeWords`: every part, then the joined form of a hyphenated word. */
export function tokenize(text: string): string[] {
  return tokenizeWords(text).flatMap((token) => (token.joined ? [...token.parts, token.joined] : token.parts));
}

function removeApostrophes(word: string): string {
  if (!APOSTROPHE.test(word)) return word;
  return word
    .split(HYPHEN)
    .map((part) => part.replace(/['\u2019]s$/iu, '').replace(/['\u2019]/gu, ''))
    .join('-');
}
