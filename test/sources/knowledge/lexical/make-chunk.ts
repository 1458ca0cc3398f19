import type { Chunk } from '../../../../src/sources/knowledge/document.ts';

/** A chunk with only the fields lexical search reads filled in meaningfully. */
export function makeChunk(options: { id: string; text: string; title?: string; headingPath?: string[] }): Chunk {
  const docId = options.id.split('#')[0] ?? options.id;
  return {
    id: options.id,
    docId,
    source: `knowledge/${docId}.md`,
    ordinal: 0,
    headingPath: options.headingPath ?? [],
    text: options.text,
    metadata: { title: options.title ?? docId, gemeenten: [], topics: [] },
  };
}
