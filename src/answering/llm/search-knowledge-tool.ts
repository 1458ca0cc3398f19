import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../sources/knowledge/index.ts';
import type { RetrievedPassage, Retriever } from '../../sources/knowledge/index.ts';
import type { AssistantTool } from '../tools/index.ts';

export const SEARCH_KNOWLEDGE_TOOL_NAME = 'search_knowledge';

export const searchKnowledgeInput = z.object({
  query: z.string().trim().min(2).max(300).describe('Zoekvraag in gewone woorden, bij voorkeur in het Nederlands (de bronnen zijn Nederlands).'),
  filters: z
    .object({
      types: z.array(z.enum(DOCUMENT_TYPES)).optional().describe('Alleen deze soorten documenten.'),
      gemeenten: z.array(z.string().min(1)).optional().describe('Alleen documenten over deze gemeenten (namen).'),
    })
    .optional(),
});

export type SearchKnowledgeInput = z.infer<typeof searchKnowledgeInput>;

/** The knowledge base as a tool: hybrid retrieval over the indexed documents. */
export function createSearchKnowledgeTool(options: { retriever: Retriever; limit?: number }): AssistantTool<SearchKnowledgeInput, RetrievedPassage[]> {
  const limit = options.limit ?? 6;
  return {
    name: SEARCH_KNOWLEDGE_TOOL_NAME,
    description:
      'Zoek passages in de kennisbank van Stelselwijzer (casussen, adviezen, onderzoek, regelgeving en begrippen over sturing en ' +
      'bekostiging van jeugdhulp en Wmo). Geeft genummerde passages [n] terug om te citeren. Zoek opnieuw met andere woorden als ' +
      'de passages de vraag niet beantwoorden.',
    inputSchema: searchKnowledgeInput,
    run: async ({ query, filters }) =>
      options.retriever.retrieve({
        query,
        limit,
        ...(filters && (filters.types?.length || filters.gemeenten?.length) ? { filter: filters } : {}),
      }),
  };
}
