/**
 * A sentence that announces a list ("De VNG noemt drie gebieden …", "… de volgende kansen:") and
 * the items that follow it. Quoting only the announcement leaves out the answer; the items are part
 * of it.
 */

const NUMBER_WORDS: Record<string, number> = {
  twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const MAX_ITEMS = 7;

/** "drie gebieden", "vier (belangrijke) manieren", "3 pijlers": a count followed by a plural noun. */
const COUNTED_PLURAL = /\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]{3,}(?:en|'s|’s|s))\b/iu;
const FOLLOWING = /\b(de volgende|het volgende|als volgt|hieronder|the following|as follows)\b/i;
/** "… vraagt om de volgende randvoorwaarden.": the list follows in the sentences after it, not on lines of its own. */
const FOLLOWING_ENDS_SENTENCE = /\b(de volgende|the following)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]{3,}(?:[eë]n|s|'s|’s)\s*\.$/iu;
/** Items that open with an ordinal cue ("Het tweede gebied is …", "Ten derde …"). */
const ORDINAL_ITEM = /^(?:het|de|ten|een|the|a)?\s*(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|laatste|first|second|third|fourth|fifth|last)\b|^(?:ten slotte|tot slot|daarnaast|verder|tenslotte|finally)\b/i;
const LIST_MARKER = /^(?:[-*•–·▪◦]|\d{1,3}[.)])\s+/;

export interface ListAnnouncement {
  /** How many items the sentence announces, when it says so. */
  count?: number;
  /** It ends with a colon: the lines that follow are its items. */
  colon?: boolean;
  /** It ends on "de volgende <items>.": the rest of its paragraph, sentence by sentence, are its items. */
  prose?: boolean;
}

/** Whether a sentence announces a list, and how many items when it says so. */
export function listAnnouncementOf(sentence: string): ListAnnouncement | undefined {
  const text = sentence.trim();
  const counted = COUNTED_PLURAL.exec(text);
  const count = counted ? (NUMBER_WORDS[counted[1]!.toLowerCase()] ?? Number(counted[1])) : undefined;
  if (text.endsWith(':')) return count === undefined ? { colon: true } : { count, colon: true };
  const prose = FOLLOWING_ENDS_SENTENCE.test(text) ? { prose: true } : {};
  if (FOLLOWING.test(text)) return count === undefined ? prose : { count, ...prose };
  // A counted plural announces a list only when the sentence does not list the items itself.
  if (count !== undefined && !/[,;:]/.test(text.slice(counted!.index))) return { count };
  return undefined;
}

/**
 * The items that follow an announcement: list lines, sentences that open with an ordinal cue ("Het
 * tweede gebied …"), after a colon the short lines that follow, and after "de volgende <items>." the
 * sentences of the same paragraph; at most as many as announced, and from one block of lines.
 * `lines` are the passage's sentences with their list markers kept, `paragraphOf` the paragraph (block
 * of lines between blank lines) of each; returns the indexes of the items.
 */
export function listItemsAfter(lines: readonly string[], index: number, announcement: ListAnnouncement, paragraphOf?: readonly number[]): number[] {
  const items: number[] = [];
  const limit = Math.min(announcement.count ?? MAX_ITEMS, MAX_ITEMS);
  const sameParagraph = (i: number): boolean => paragraphOf !== undefined && paragraphOf[i] === paragraphOf[index];
  for (let i = index + 1; i < lines.length && items.length < limit; i++) {
    const line = lines[i]!.trim();
    if (line.length > 400) break;
    // A list is one block of lines: the paragraph after a bulleted list is no item of it.
    const leavesList = items.length > 0 && paragraphOf !== undefined && paragraphOf[i] !== paragraphOf[items.at(-1)!];
    const isItem = !leavesList && (LIST_MARKER.test(line) || ORDINAL_ITEM.test(line) || (announcement.colon === true && line.length < 200) || (announcement.prose === true && sameParagraph(i)));
    if (!isItem) break;
    items.push(i);
    if (line.endsWith(':')) break;
  }
  // "Code A045561 staat voor …", "Code A045560 staat voor …", then "De cijfers zijn …": items written
  // alike end where the paragraph turns to something else.
  if (announcement.prose === true) {
    const alike = itemsWrittenAlike(items.map((i) => lines[i]!));
    if (alike >= MIN_ALIKE_ITEMS && alike < items.length) return items.slice(0, alike);
  }
  // A paragraph that goes on past the items taken is no list of its own; quoting part of it misleads.
  const next = (items.at(-1) ?? index) + 1;
  if (announcement.prose === true && next < lines.length && sameParagraph(next)) return [];
  if (items.length === 0 && announcement.count !== undefined) return countedSentencesAfter(index, announcement.count, sameParagraph, lines.length);
  return items;
}

/** Prose items that open with the same word are a list of their own from this many. */
const MIN_ALIKE_ITEMS = 3;

/** How many of the first items open with the same word ("Code …", "Code …", "Code …"). */
function itemsWrittenAlike(items: readonly string[]): number {
  const opening = (item: string) => /^[\p{L}\p{N}]+/u.exec(item.trim())?.[0].toLowerCase();
  const first = items[0] === undefined ? undefined : opening(items[0]);
  if (first === undefined || ['de', 'het', 'een', 'the', 'a', 'in', 'bij'].includes(first)) return 0;
  let count = 0;
  while (count < items.length && opening(items[count]!) === first) count++;
  return count;
}

/**
 * "… heeft taakgericht werken vier kenmerken." followed in its paragraph by at least four sentences:
 * the next four are the items, written as prose. With fewer the list is elsewhere.
 */
function countedSentencesAfter(index: number, count: number, sameParagraph: (i: number) => boolean, total: number): number[] {
  const rest: number[] = [];
  for (let i = index + 1; i < total && sameParagraph(i); i++) rest.push(i);
  return rest.length >= count ? rest.slice(0, count) : [];
}

/**
 * A sentence that announces and lists its items itself ("… vier manieren: bemiddelen, aanspreken, …",
 * "… vier hefbomen, namelijk belief systems, …"): the number of items it announces.
 */
export function inlineListCount(sentence: string): number | undefined {
  const counted = COUNTED_PLURAL.exec(sentence);
  if (!counted) return undefined;
  const rest = sentence.slice(counted.index + counted[0].length);
  const listed = /^[^.]{0,60}?(:|\bnamelijk\b|\bnaamlijk\b|\bnamely\b)(.*)$/.exec(rest);
  if (!listed) return undefined;
  const count = NUMBER_WORDS[counted[1]!.toLowerCase()] ?? Number(counted[1]);
  const separators = (listed[2]!.match(/,|\ben\b|\band\b|;/g) ?? []).length;
  return separators >= count - 1 ? count : undefined;
}

/** "uitval, tevredenheid en doelrealisatie": three or more short phrases, commas between, "en"/"of" before the last. */
const ENUMERATION = /(?:^|[\s(:])(?:[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3}, ){1,}[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3},? (?:en|of|and|or) [\p{L}\p{N}]/u;

/** Whether a sentence names three or more things in a row ("uitval, tevredenheid en doelrealisatie"). */
export function enumeratesItems(sentence: string): boolean {
  return ENUMERATION.test(sentence);
}

export function withoutListMarker(line: string): string {
  return line.trim().replace(LIST_MARKER, '');
}
