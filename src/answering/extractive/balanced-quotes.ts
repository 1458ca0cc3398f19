/**
 * A sentence quoted from a longer quotation opens or closes it without the other end: "Hij licht toe:
 * ,,Vanaf 1 januari 2023 bieden 188 zorgaanbieders jeugdhulp." or "We zijn blij dat … regio.”". Quoted
 * alone, the stray mark reads as a typo; the missing end is added, the words stay as written.
 */
const OPENING = /(^|[\s(:])(,,|„|“|")(?=\S)/g;
// A closing mark may join a word with a hyphen: het "nee, tenzij"-principe.
const CLOSING = /(\S)(”|"|''|’’)(?=[\s,.;:!?)-]|$)/g;

const OPENS_WITH_SINGLE = /^‘/;
const CLOSES_SINGLE = /\S’(?=[\s,.;:!?)]|$)/;
const ENDS_WITH_SINGLE = /[.!?…]’$/;

export function withBalancedQuotes(sentence: string): string {
  // Single marks: ’ is an apostrophe too ("zo’n", "regio’s"), so only a quotation opening the sentence or closing it counts.
  if (OPENS_WITH_SINGLE.test(sentence) && !CLOSES_SINGLE.test(sentence)) return `${sentence}’`;
  if (ENDS_WITH_SINGLE.test(sentence) && !sentence.includes('‘')) return `‘${sentence}`;
  const opened = [...sentence.matchAll(OPENING)].length;
  const closed = [...sentence.matchAll(CLOSING)].length;
  if (opened === closed) return sentence;
  if (opened > closed) return opened === closed + 1 ? `${sentence}”` : sentence;
  return closed === opened + 1 ? `“${sentence}` : sentence;
}

/** A sentence ending a quotation: sentence punctuation and a closing mark at its end ("… te maken.’"). */
const ENDS_A_QUOTE = /[.!?…]\s?[’”"']$/;
/** An opening mark: at the start or after a space, a colon or a bracket (a ’ inside a word is an apostrophe: "zo’n"). */
const OPENS_A_QUOTE = /(^|[\s(:])(,,|„|“|‘|"|')/;

/**
 * Whether the sentence is the tail of a quotation that opened in a sentence before it ("De data zijn
 * gewoon beschikbaar, het is zonde om daar geen gebruik van te maken.’"): the speaker and the start of
 * what was said stand before it.
 */
export function endsQuoteOpenedBefore(sentence: string): boolean {
  const text = sentence.trim();
  return ENDS_A_QUOTE.test(text) && !OPENS_A_QUOTE.test(text);
}
