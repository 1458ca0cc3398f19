/**
 * The quoted sentences of an offline answer: each ends with its citation marker ("… [2]"). Bold
 * group titles and the English lead line carry no marker and are not counted.
 */
export function quotedSentences(answer: string): string[] {
  return [...answer.matchAll(/([^\n[\]]+?)\s\[\d+\]/g)].map((m) => m[1]!.trim()).filter((s) => s.length > 0);
}

/**
 * Whether a quoted sentence is a heading, a title or a table-of-contents line, checked against the
 * documents' own titles and headings (as ingested) and the shapes of a table of contents. Written
 * apart from the composer's filter, so that the eval does not grade the composer with its own rule.
 */
export function isHeadingOrContentsLine(sentence: string, headings: ReadonlySet<string>): boolean {
  const text = normalise(sentence);
  if (headings.has(text)) return true;
  if (/(\.\s?){4,}|…{2,}/.test(sentence)) return true;
  if (/^\d{1,2}(\.\d{1,2})*\.?\s+\S.*(\?|\s\d{1,3})$/.test(sentence.trim())) return true;
  return false;
}

export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^[\d.\s]+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The documents' titles and headings as ingested, normalised, for `isHeadingOrContentsLine`. */
export function documentHeadings(chunks: readonly { headingPath: readonly string[]; metadata: { title: string } }[]): Set<string> {
  const headings = new Set<string>();
  for (const chunk of chunks) for (const heading of [chunk.metadata.title, ...chunk.headingPath]) if (normalise(heading).length >= 4) headings.add(normalise(heading));
  return headings;
}
