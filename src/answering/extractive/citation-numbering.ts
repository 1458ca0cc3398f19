import type { Citation } from '../../assistant/index.ts';
import type { Chunk } from '../../sources/knowledge/index.ts';
import type { RetrievedPassage } from '../../sources/knowledge/index.ts';

const SNIPPET_LENGTH = 400;

/** Hands out citation numbers in order of first use; one number per document, its snippet from the first passage quoted. */
export class CitationNumbering {
  private readonly numbers = new Map<string, number>();
  private readonly list: Citation[] = [];

  numberFor(passage: RetrievedPassage, quoted?: string): number {
    const existing = this.numbers.get(passage.chunk.docId);
    if (existing) return existing;
    const n = this.list.length + 1;
    this.numbers.set(passage.chunk.docId, n);
    const { chunk } = passage;
    this.list.push({
      n,
      docId: chunk.docId,
      title: chunk.metadata.title,
      source: chunk.source,
      ...(chunk.metadata.url ? { url: chunk.metadata.url } : {}),
      ...(chunk.metadata.date ? { date: chunk.metadata.date } : {}),
      snippet: snippetOf(flatTextOf(chunk), quoted),
    });
    return n;
  }

  get citations(): Citation[] {
    return this.list;
  }
}

/** Passage texts on one line, kept as long as the index keeps the chunk. */
const flatTexts = new WeakMap<Chunk, string>();

function flatTextOf(chunk: Chunk): string {
  let flat = flatTexts.get(chunk);
  if (flat === undefined) {
    flat = chunk.text.replace(/\s+/g, ' ').trim();
    flatTexts.set(chunk, flat);
  }
  return flat;
}

/** The passage text (on one line) around the quoted sentence, cut at word boundaries. */
function snippetOf(flat: string, quoted: string | undefined): string {
  if (flat.length <= SNIPPET_LENGTH) return flat;
  const at = quoted ? flat.indexOf(quoted.replace(/\s+/g, ' ').trim()) : -1;
  const start = at > 0 ? Math.max(0, flat.lastIndexOf(' ', Math.max(0, at - 60)) + 1) : 0;
  const slice = flat.slice(start, start + SNIPPET_LENGTH);
  const cut = slice.lastIndexOf(' ');
  return `${start > 0 ? '…' : ''}${slice.slice(0, cut > 200 ? cut : slice.length)}…`;
}
