/**
 * Lines of a document that structure it rather than say something: headings and titles, numbered
 * section lines, table-of-contents lines, captions and bibliography entries. Loaders keep most
 * headings out of the passage text, but PDFs, HTML pages and pasted reports bring them in as lines;
 * quoted as answer sentences they read as nonsense ("4 Welke kansen biedt taakgerichte bekostiging? 12").
 */

/** Context of the line: the document's title and the headings above the passage. */
export interface StructuralContext {
  title: string;
  headingPath: readonly string[];
}

const ENDS_LIKE_A_SENTENCE = /[.!?…;:]["'”’»)\]]*$/;
/** "4", "4.2", "4.2.1", "IV", "H3", "Hoofdstuk 3", "Bijlage B" at the start of a line. */
const SECTION_NUMBER = /^(?:(?:hoofdstuk|paragraaf|bijlage|deel|chapter|section|annex|appendix)\s+)?(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,5}\.|[A-H]\.?\d?|H\d{1,2})\s+\S/i;
const DOT_LEADER = /(?:\.\s?){4,}|…{2,}|_{4,}|(?:·\s?){3,}/;
/** A table-of-contents entry: text followed by a page number. */
const PAGE_NUMBER_AT_END = /[\p{L}?)]\s+\d{1,3}$/u;
/** Two or more numbered headings run together on one line, as a flattened table of contents. */
const RUN_OF_NUMBERED_HEADINGS = /(?:^|\s)\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!]{3,120}?(?:\?|\s\d{1,3})\s+\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
const CAPTION = /^(?:figuur|tabel|grafiek|afbeelding|illustratie|kader|schema|bron|foto|figure|table|chart|source|image)\s*\d*(?:\.\d+)?\s*[:.–-]\s*/i;
const BIBLIOGRAPHY = [
  /^\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,4}(?:[,&]|\(|\s(?:en|and)\s)/u,
  /\(\d{4}[a-z]?\)\.\s/,
  /\b(?:geraadpleegd op|retrieved from|isbn|doi:|beschikbaar via)\b/i,
  /^(?:literatuur|bronnen|bronvermelding|referenties|references|colofon)\s*$/i,
];
const TOC_WORD = /^(?:inhoud(?:sopgave)?|inhoudsopgave|table of contents|contents|samenvatting|voorwoord|inleiding|conclusies?|aanbevelingen|bijlagen?)\b/i;

/** Whether a line is structure (heading, title, numbering, table of contents, caption, bibliography). */
export function isStructuralLine(line: string, context: StructuralContext): boolean {
  const text = line.trim();
  if (text === '') return true;
  if (isTitleOrHeading(text, context)) return true;
  if (DOT_LEADER.test(text) || RUN_OF_NUMBERED_HEADINGS.test(text)) return true;
  // A running header or table row: cells between bars ("Ministerie van VWS | Staatsblad 2024, 69 | AMvB").
  if ((text.match(/\s\|\s/g) ?? []).length >= 2 && !/[.!?]$/.test(text)) return true;
  if (CAPTION.test(text) && wordCount(text) <= 25) return true;
  if (BIBLIOGRAPHY.some((pattern) => pattern.test(text))) return true;
  const endsLikeSentence = ENDS_LIKE_A_SENTENCE.test(text);
  if (!endsLikeSentence && PAGE_NUMBER_AT_END.test(text) && wordCount(text) <= 20) return true;
  if (SECTION_NUMBER.test(text) && (!endsLikeSentence || text.endsWith('?')) && wordCount(text) <= 20) return true;
  if (TOC_WORD.test(text) && !endsLikeSentence && wordCount(text) <= 8) return true;
  // A short line without sentence punctuation is a heading, not a sentence.
  return !endsLikeSentence && wordCount(text) <= 10;
}

function isTitleOrHeading(text: string, context: StructuralContext): boolean {
  const line = comparable(text);
  if (line.length < 4) return false;
  return [context.title, ...context.headingPath].some((heading) => {
    const candidate = comparable(heading);
    return candidate.length >= 4 && (line === candidate || (line.startsWith(candidate) && line.length - candidate.length < 6));
  });
}

function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[\d.\s]+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
