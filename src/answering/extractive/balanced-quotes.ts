/**
 * A sentence quoted from a longer quotation opens or closes it without the other end: "Hij licht toe:
 * ,,Vanaf 1 januari 2023 bieden 188 zorgaanbieders jeugdhulp." or "We zijn blij dat … regio.”". Quoted
 * alone, the stray mark reads as a typo; the missing end is added, the words stay as written.
 */
const OPENING = /(^|[\s(:])(,,|„|“|")(?=\S)/g;
const CLOSING = /(\S)(”|"|'')(?=[\s,.;:!?)]|$)/g;

export function withBalancedQuotes(sentence: string): string {
  const opened = [...sentence.matchAll(OPENING)].length;
  const closed = [...sentence.matchAll(CLOSING)].length;
  if (opened === closed) return sentence;
  if (opened > closed) return opened === closed + 1 ? `${sentence}”` : sentence;
  return closed === opened + 1 ? `“${sentence}` : sentence;
}
