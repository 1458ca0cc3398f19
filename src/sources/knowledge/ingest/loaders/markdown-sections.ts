import type { DocumentSection } from '../../document.ts';
import { SectionBuilder } from './section-builder.ts';
import { stripMarkdownInline } from './strip-markdown-inline.ts';

export interface MarkdownSections {
  sections: DocumentSection[];
  /** Text of the first level-1 heading, if any. */
  firstTopHeading?: string;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_H1 = /^\s{0,3}=+[ \t]*$/;
const SETEXT_H2 = /^\s{0,3}-+[ \t]*$/;
const LIST_ITEM = /^\s*([-*+•]|\d{1,3}[.)])[ \t]+(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;

/** Splits a Markdown body (without front matter) into sections along its ATX and setext headings. */
export function markdownSections(markdown: string): MarkdownSections {
  const builder = new SectionBuilder();
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/);
  let firstTopHeading: string | undefined;
  let paragraph: string[] = [];
  let listItem: string | undefined;
  let fence: string | undefined;
  let inPipelessTable = false;

  const endParagraph = (): void => {
    if (paragraph.length > 0) builder.paragraph(stripMarkdownInline(paragraph.join(' ')));
    paragraph = [];
  };
  const endListItem = (): void => {
    if (listItem !== undefined) builder.line(stripMarkdownInline(listItem));
    listItem = undefined;
  };
  const endBlock = (): void => {
    endParagraph();
    endListItem();
    builder.endLines();
    inPipelessTable = false;
  };
  const heading = (level: number, raw: string): void => {
    endBlock();
    const text = stripMarkdownInline(raw.replace(/\s*\{#[^}]*\}\s*$/, ''));
    if (level === 1 && firstTopHeading === undefined && text) firstTopHeading = text;
    builder.heading(level, text);
  };

  for (const rawLine of lines) {
    if (fence !== undefined) {
      if (rawLine.trim().startsWith(fence)) {
        fence = undefined;
        builder.endLines();
      } else {
        builder.line(rawLine);
      }
      continue;
    }
    const fenceMatch = FENCE.exec(rawLine);
    if (fenceMatch) {
      endBlock();
      fence = fenceMatch[1]!;
      continue;
    }
    const line = rawLine.replace(/^\s{0,3}(?:>\s?)+/, '');
    if (!line.trim()) {
      endBlock();
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      heading(atx[1]!.length, atx[2] ?? '');
      continue;
    }
    if (paragraph.length === 1 && listItem === undefined && (SETEXT_H1.test(line) || SETEXT_H2.test(line))) {
      const text = paragraph[0]!;
      paragraph = [];
      heading(SETEXT_H1.test(line) ? 1 : 2, text);
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) {
      endBlock();
      continue;
    }
    if (paragraph.length === 1 && paragraph[0]!.includes('|') && line.includes('|') && TABLE_SEPARATOR.test(line)) {
      // A table without outer pipes: its header row was read as a paragraph line.
      builder.line(tableRow(paragraph.pop()!));
      inPipelessTable = true;
      continue;
    }
    if (line.trimStart().startsWith('|') || (inPipelessTable && line.includes('|'))) {
      endParagraph();
      endListItem();
      if (!TABLE_SEPARATOR.test(line)) builder.line(tableRow(line));
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      endParagraph();
      endListItem();
      const marker = /^\d/.test(item[1]!) ? item[1]! : '-';
      listItem = `${marker} ${item[2]}`;
      continue;
    }
    if (listItem !== undefined && /^\s/.test(line)) {
      listItem += ` ${line.trim()}`;
      continue;
    }
    endListItem();
    builder.endLines();
    paragraph.push(line.trim());
  }
  endBlock();
  const result: MarkdownSections = { sections: builder.finish() };
  if (firstTopHeading !== undefined) result.firstTopHeading = firstTopHeading;
  return result;
}

function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => stripMarkdownInline(cell))
    .join(' | ');
}
