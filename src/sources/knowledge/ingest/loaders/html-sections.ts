import type { CheerioAPI } from 'cheerio';
import type { DocumentSection } from '../../document.ts';
import { SectionBuilder } from './section-builder.ts';

/** The parts of a domhandler node this walker reads. */
interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  children?: HtmlNode[];
}

const SKIPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object',
  'nav', 'aside', 'footer', 'button', 'select', 'textarea', 'dialog',
]);
const BLOCK_TAGS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'blockquote', 'figure', 'figcaption',
  'address', 'details', 'summary', 'center', 'fieldset', 'caption', 'hr', 'header', 'hgroup',
]);
const LIST_TAGS = new Set(['ul', 'ol', 'dl', 'menu']);
const LINE_TAGS = new Set(['li', 'dt', 'dd']);
const NOISE_SELECTORS = [
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[aria-hidden="true"]', '[hidden]',
  // Footnote markers and back-links as mammoth writes them ("[1]", "↑").
  'sup:has(> a[href^="#footnote-"])', 'sup:has(> a[href^="#endnote-"])', 'a[href^="#footnote-ref-"]', 'a[href^="#endnote-ref-"]',
].join(', ');

/** Removes page chrome: navigation, sidebars, footers, banners, and headers outside the main content. */
export function removeHtmlNoise($: CheerioAPI): void {
  $([...SKIPPED_TAGS].join(', ')).remove();
  $(NOISE_SELECTORS).remove();
  $('header').filter((_, element) => $(element).closest('main, article, [role="main"]').length === 0).remove();
}

/** Sections of an HTML document along h1–h6; paragraphs as paragraphs, list items and table rows as lines. */
export function htmlSections($: CheerioAPI): DocumentSection[] {
  const main = $('main, [role="main"]').first();
  const roots = main.length > 0 && main.text().trim() ? main.toArray() : $.root().toArray();
  const walker = new HtmlSectionWalker();
  for (const node of roots as unknown as HtmlNode[]) walker.walk(node);
  return walker.finish();
}

class HtmlSectionWalker {
  private readonly builder = new SectionBuilder();
  private buffer = '';
  private linePrefix = '';
  private readonly modes: ('paragraph' | 'line')[] = [];

  walk(node: HtmlNode): void {
    if (node.type === 'text') {
      this.buffer += node.data ?? '';
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const tag = node.name?.toLowerCase() ?? '';
    if (SKIPPED_TAGS.has(tag)) return;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      this.flush();
      this.builder.heading(Number(heading[1]), textOf(node));
    } else if (tag === 'br') {
      this.buffer += ' ';
    } else if (tag === 'tr') {
      this.flush();
      const cells = (node.children ?? []).filter((child) => child.name === 'td' || child.name === 'th');
      this.builder.line(cells.map((cell) => textOf(cell)).filter((cell) => cell.trim()).join(' | '));
    } else if (tag === 'table' || tag === 'pre' || LIST_TAGS.has(tag)) {
      this.flush();
      // A list nested in a list item continues the outer list's group of lines.
      const nested = this.modes.at(-1) === 'line';
      if (!nested) this.builder.endLines();
      if (tag === 'pre') this.preformatted(node);
      else this.walkListChildren(node, tag);
      if (!nested) this.builder.endLines();
    } else if (LINE_TAGS.has(tag) || BLOCK_TAGS.has(tag) || node.type === 'root') {
      this.flush();
      const inLine = this.modes.at(-1) === 'line';
      this.modes.push(LINE_TAGS.has(tag) || inLine ? 'line' : 'paragraph');
      this.walkChildren(node);
      this.flush();
      this.modes.pop();
    } else {
      this.walkChildren(node);
    }
  }

  finish(): DocumentSection[] {
    this.flush();
    return this.builder.finish();
  }

  private walkChildren(node: HtmlNode): void {
    for (const child of node.children ?? []) this.walk(child);
  }

  private walkListChildren(node: HtmlNode, tag: string): void {
    let number = 0;
    for (const child of node.children ?? []) {
      if (child.name === 'li') {
        number += 1;
        this.flush();
        this.linePrefix = tag === 'ol' ? `${number}. ` : '- ';
      }
      this.walk(child);
    }
  }

  private preformatted(node: HtmlNode): void {
    for (const line of textOf(node, true).split('\n')) this.builder.line(line);
  }

  private flush(): void {
    const text = this.buffer.replace(/\s+/g, ' ').trim();
    const mode = this.modes.at(-1) ?? 'paragraph';
    if (/[\p{L}\p{N}]/u.test(text)) {
      if (mode === 'line') this.builder.line(`${this.linePrefix}${text}`);
      else this.builder.paragraph(text);
      if (mode === 'line') this.linePrefix = '';
    }
    this.buffer = '';
  }
}

function textOf(node: HtmlNode, keepNewlines = false): string {
  if (node.type === 'text') return node.data ?? '';
  if (SKIPPED_TAGS.has(node.name ?? '')) return '';
  if (node.name === 'br') return keepNewlines ? '\n' : ' ';
  const text = (node.children ?? []).map((child) => textOf(child, keepNewlines)).join('');
  return keepNewlines ? text : text.replace(/\s+/g, ' ').trim();
}
