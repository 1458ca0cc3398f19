import type { Citation } from '../../assistant/index.ts';
import type { RetrievedPassage } from '../../sources/knowledge/index.ts';
import { jsonValuesOf, sourceValuesOf } from './number-mentions.ts';

const SNIPPET_LENGTH = 400;

/** A numbered source of one turn: a document (all its passages shown) or one tool result. */
export interface TurnSource {
  n: number;
  kind: 'document' | 'tool';
  citation: Citation;
  /** Every value shown to the model under this number, for the number check. */
  values: number[];
}

/**
 * Hands out `[n]` numbers for everything the model is shown in one turn, in order of first
 * appearance: passages of the same document share a number (as CitationNumbering does), and
 * each distinct tool result (tool and input) gets its own.
 */
export class TurnSources {
  private readonly byKey = new Map<string, TurnSource>();
  private readonly list: TurnSource[] = [];

  addPassage(passage: RetrievedPassage): TurnSource {
    const { chunk } = passage;
    const shown = `${chunk.metadata.title}\n${chunk.headingPath.join(' › ')}\n${chunk.text}`;
    const existing = this.byKey.get(`doc:${chunk.docId}`);
    if (existing) {
      existing.values.push(...sourceValuesOf(shown));
      return existing;
    }
    return this.add(`doc:${chunk.docId}`, 'document', sourceValuesOf(shown), {
      docId: chunk.docId,
      title: chunk.metadata.title,
      source: chunk.source,
      ...(chunk.metadata.url ? { url: chunk.metadata.url } : {}),
      snippet: snippetOf(chunk.text),
    });
  }

  addToolResult(options: { toolName: string; input: unknown; output: unknown; citation: Omit<Citation, 'n'> }): TurnSource {
    const key = `tool:${options.toolName}:${JSON.stringify(options.input)}`;
    const values = [...jsonValuesOf(options.output), ...sourceValuesOf(options.citation.title)];
    const existing = this.byKey.get(key);
    if (existing) return existing;
    return this.add(key, 'tool', values, options.citation);
  }

  get(n: number): TurnSource | undefined {
    return this.list[n - 1];
  }

  get all(): readonly TurnSource[] {
    return this.list;
  }

  private add(key: string, kind: TurnSource['kind'], values: number[], citation: Omit<Citation, 'n'>): TurnSource {
    const n = this.list.length + 1;
    const source: TurnSource = { n, kind, citation: { n, ...citation }, values };
    this.byKey.set(key, source);
    this.list.push(source);
    return source;
  }
}

function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SNIPPET_LENGTH) return flat;
  const slice = flat.slice(0, SNIPPET_LENGTH);
  const cut = slice.lastIndexOf(' ');
  return `${slice.slice(0, cut > 200 ? cut : slice.length)}…`;
}
