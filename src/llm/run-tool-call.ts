import { ToolMessage } from '@langchain/core/messages';
import type { Language, ToolCall } from '../core/answer.ts';
import type { RetrievedPassage } from '../knowledge/retrieval/hybrid-retriever.ts';
import type { AssistantTool } from '../tools/assistant-tool.ts';
import type { PendingToolCall } from './read-model-reply.ts';
import { SOURCES_LEAD, wrapPassage, wrapToolError, wrapToolResult } from './source-wrapping.ts';
import { toolResultCitation } from './tool-result-citation.ts';
import type { TurnSources } from './turn-sources.ts';

export interface RunToolCallOptions {
  call: PendingToolCall;
  searchTool: AssistantTool<unknown, RetrievedPassage[]>;
  tools: readonly AssistantTool[];
  sources: TurnSources;
  language: Language;
  /** True once the tool rounds are used up: the call is refused so the model answers. */
  refuse?: boolean;
}

/**
 * Runs one tool call of the model and returns the tool message for it. Malformed JSON, input that
 * fails the tool's schema, an unknown tool or a failing tool become an error message to the model,
 * never an exception, so it can correct itself.
 */
export async function runToolCall(options: RunToolCallOptions): Promise<{ message: ToolMessage; record: ToolCall }> {
  const { call, searchTool, sources } = options;
  const fail = (message: string) => ({
    message: new ToolMessage({ tool_call_id: call.id, content: wrapToolError({ toolName: call.name, message }) }),
    record: { name: call.name, input: call.malformed?.raw ?? call.args, output: { error: message } },
  });
  if (options.refuse) return fail('Het maximale aantal toolrondes is bereikt. Geef nu je antwoord met de bronnen die je al hebt.');
  const tool = call.name === searchTool.name ? searchTool : options.tools.find((candidate) => candidate.name === call.name);
  const names = [searchTool.name, ...options.tools.map((candidate) => candidate.name)].join(', ');
  if (!tool) return fail(`Onbekende tool "${call.name}". Beschikbare tools: ${names}.`);
  if (call.malformed) return fail(`De argumenten zijn geen geldige JSON (${call.malformed.error}). Roep ${call.name} opnieuw aan met geldige JSON volgens het schema.`);
  const parsed = tool.inputSchema.safeParse(call.args);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(invoer)'}: ${issue.message}`).join('; ');
    return fail(`Ongeldige invoer voor ${call.name}: ${issues}. Roep de tool opnieuw aan met invoer volgens het schema.`);
  }
  let output: unknown;
  try {
    output = await tool.run(parsed.data);
  } catch (error) {
    return fail(`${call.name} gaf een fout: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (tool === searchTool) {
    const passages = output as RetrievedPassage[];
    const shown = passages.map((passage) => ({ passage, n: sources.addPassage(passage).n }));
    const content = shown.length > 0 ? [SOURCES_LEAD, ...shown.map(wrapPassage)].join('\n\n') : 'Geen passages gevonden voor deze zoekvraag. Zoek eventueel met andere woorden.';
    const record: ToolCall = {
      name: call.name,
      input: parsed.data,
      output: { passages: shown.map(({ passage, n }) => ({ n, docId: passage.chunk.docId, chunkId: passage.chunk.id, title: passage.chunk.metadata.title })) },
    };
    return { message: new ToolMessage({ tool_call_id: call.id, content }), record };
  }
  const citation = toolResultCitation({ toolName: call.name, output, language: options.language });
  const { n } = sources.addToolResult({ toolName: call.name, input: parsed.data, output, citation });
  const content = [SOURCES_LEAD, wrapToolResult({ n, toolName: call.name, title: citation.title, output })].join('\n\n');
  return { message: new ToolMessage({ tool_call_id: call.id, content }), record: { name: call.name, input: parsed.data, output } };
}
