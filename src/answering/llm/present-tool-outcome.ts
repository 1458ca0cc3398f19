import { ToolMessage } from '@langchain/core/messages';
import type { Language, ToolCall } from '../../assistant/index.ts';
import type { ToolOutcome } from './execute-tool-call.ts';
import { SOURCES_LEAD, wrapPassage, wrapToolError, wrapToolResult } from './source-wrapping.ts';
import { toolResultCitation } from './tool-result-citation.ts';
import type { TurnSources } from './turn-sources.ts';

/**
 * Numbers the sources of one tool outcome and writes the tool message the model sees, plus the
 * record of the call for the answer. Called in the order of the model's calls, so numbering
 * does not depend on which tool finished first.
 */
export function presentToolOutcome(options: { outcome: ToolOutcome; sources: TurnSources; language: Language }): { message: ToolMessage; record: ToolCall } {
  const { outcome, sources } = options;
  const { call } = outcome;
  const message = (content: string) => new ToolMessage({ tool_call_id: call.id, content });
  switch (outcome.kind) {
    case 'error':
      return {
        message: message(wrapToolError({ toolName: call.name, message: outcome.message })),
        record: { name: call.name, input: call.malformed?.raw ?? call.args, output: { error: outcome.message } },
      };
    case 'passages': {
      const shown = outcome.passages.map((passage) => ({ passage, n: sources.addPassage(passage).n }));
      const content =
        shown.length > 0 ? [SOURCES_LEAD, ...shown.map(wrapPassage)].join('\n\n') : 'Geen passages gevonden voor deze zoekvraag. Zoek eventueel met andere woorden.';
      const passages = shown.map(({ passage, n }) => ({ n, docId: passage.chunk.docId, chunkId: passage.chunk.id, title: passage.chunk.metadata.title }));
      return { message: message(content), record: { name: call.name, input: outcome.input, output: { passages } } };
    }
    case 'output': {
      const citation = toolResultCitation({ tool: outcome.tool, output: outcome.output, language: options.language });
      const { n } = sources.addToolResult({ toolName: call.name, input: outcome.input, output: outcome.output, citation });
      const content = [SOURCES_LEAD, wrapToolResult({ n, toolName: call.name, title: citation.title, output: outcome.output })].join('\n\n');
      return { message: message(content), record: { name: call.name, input: outcome.input, output: outcome.output } };
    }
  }
}
