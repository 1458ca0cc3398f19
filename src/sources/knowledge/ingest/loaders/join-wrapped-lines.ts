import { cleanLine } from './section-builder.ts';

/** A list marker at the start of a line: bullets, `1.`, `2)`, `a)`. */
export const LIST_MARKER = /^(?:[-*•–·▪◦]|\d{1,3}[.)]|[a-z][.)])\s+/;

/** Words that follow a kept hyphen in Dutch ellipsis: "zorg- en welzijnsbeleid". */
const CONJUNCTIONS = new Set(['en', 'of', 'tot', 'noch', 'als']);

/**
 * Joins hard-wrapped lines (plain text, PDF) into logical lines: a wrapped paragraph becomes one
 * line, each list item stays a line of its own. Words broken with a hyphen at a line end are
 * rejoined ("jeugd-" + "hulp" → "jeugdhulp"), but real hyphens are kept ("Wmo-" + "beleid",
 * "Noord-" + "Holland", "zorg-" + "en welzijn").
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const logical: string[] = [];
  for (const rawLine of lines) {
    const line = cleanLine(rawLine);
    if (!line) continue;
    const previous = logical.at(-1);
    if (previous === undefined || LIST_MARKER.test(line)) {
      logical.push(line);
    } else {
      logical[logical.length - 1] = joinTwo(previous, line);
    }
  }
  return logical;
}

function joinTwo(previous: string, next: string): string {
  const broken = /(\S*[\p{L}\p{N}])-$/u.exec(previous);
  if (!broken) return `${previous} ${next}`;
  const nextWord = /^\S+/.exec(next)?.[0] ?? '';
  if (CONJUNCTIONS.has(nextWord.replace(/[,.;:]$/, ''))) return `${previous} ${next}`;
  const keepsHyphen = /[\p{Lu}\p{N}]/u.test(broken[1]!) || !/^\p{Ll}/u.test(nextWord);
  return keepsHyphen ? `${previous}${next}` : `${previous.slice(0, -1)}${next}`;
}
