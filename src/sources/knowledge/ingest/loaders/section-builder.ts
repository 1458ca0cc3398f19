import type { DocumentSection } from '../../document.ts';

/** Collapses runs of spaces and drops soft hyphens and zero-width characters. */
export function cleanLine(line: string): string {
  return line
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/[ \t\u00a0\u2000-\u200a\u202f]+/g, ' ')
    .trim();
}

/**
 * Collects paragraphs and list lines under a stack of headings and emits DocumentSections.
 * Section text convention (relied on by the chunker): paragraphs are separated by a blank line,
 * consecutive list items / table rows by a single newline.
 */
export class SectionBuilder {
  private readonly sections: DocumentSection[] = [];
  private readonly headingStack: { level: number; text: string }[] = [];
  private blocks: string[] = [];
  private lastBlockIsLines = false;

  heading(level: number, text: string): void {
    const title = cleanLine(text);
    if (!title) return;
    this.flush();
    while (this.headingStack.length > 0 && this.headingStack.at(-1)!.level >= level) {
      this.headingStack.pop();
    }
    this.headingStack.push({ level, text: title });
  }

  /** A paragraph; inner newlines become spaces. */
  paragraph(text: string): void {
    const paragraph = cleanLine(text.replace(/\s*\n\s*/g, ' '));
    if (!paragraph) return;
    this.blocks.push(paragraph);
    this.lastBlockIsLines = false;
  }

  /** A list item or table row: kept on its own line, grouped with the preceding lines. */
  line(text: string): void {
    const line = cleanLine(text.replace(/\s*\n\s*/g, ' '));
    if (!line) return;
    if (this.lastBlockIsLines && this.blocks.length > 0) {
      this.blocks[this.blocks.length - 1] += `\n${line}`;
    } else {
      this.blocks.push(line);
    }
    this.lastBlockIsLines = true;
  }

  /** Ends a group of lines, so the next line starts a new block. */
  endLines(): void {
    this.lastBlockIsLines = false;
  }

  /** The headings the next text falls under, outermost first. */
  get headingPath(): string[] {
    return this.headingStack.map((heading) => heading.text);
  }

  finish(): DocumentSection[] {
    this.flush();
    return this.sections;
  }

  private flush(): void {
    const text = this.blocks.join('\n\n').trim();
    if (text) this.sections.push({ headingPath: this.headingPath, text });
    this.blocks = [];
    this.lastBlockIsLines = false;
  }
}
