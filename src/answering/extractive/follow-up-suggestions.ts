import type { RetrievedPassage } from '../../sources/knowledge/index.ts';

const MAX_SUGGESTIONS = 3;
const MAX_LENGTH = 70;

/**
 * Follow-up prompts from the retrieved documents: sections the answer did not quote ("Risico's —
 * Taakgericht werken"), in retrieval order. Clicking one asks about exactly that section.
 */
export function followUpSuggestions(options: { passages: RetrievedPassage[]; quotedChunkIds: Set<string> }): string[] {
  const suggestions: string[] = [];
  const quotedSections = new Set(
    options.passages.filter((p) => options.quotedChunkIds.has(p.chunk.id)).map((p) => sectionKey(p)),
  );
  for (const passage of options.passages) {
    const heading = sectionHeading(passage);
    if (!heading || quotedSections.has(sectionKey(passage))) continue;
    const title = passage.chunk.metadata.title.split(/[:–—(]/)[0]!.trim();
    const suggestion = `${heading} — ${title}`;
    if (suggestion.length > MAX_LENGTH || suggestions.includes(suggestion)) continue;
    suggestions.push(suggestion);
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return suggestions;
}

function sectionHeading(passage: RetrievedPassage): string | undefined {
  return passage.chunk.headingPath.filter((heading) => heading !== passage.chunk.metadata.title).at(-1);
}

function sectionKey(passage: RetrievedPassage): string {
  return `${passage.chunk.docId}#${sectionHeading(passage) ?? ''}`;
}
