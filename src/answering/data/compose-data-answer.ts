import type { ComposedDataAnswer } from './composed-data-answer.ts';
import { toolModule, type AssistantToolName, type AssistantToolTypes } from './tool-registry.ts';
import type { ComposeContext, ToolRun } from './tools/data-tool.ts';

export type { ComposedDataAnswer } from './composed-data-answer.ts';

export interface ComposeDataAnswerOptions<N extends AssistantToolName> extends ComposeContext {
  run: ToolRun<N, AssistantToolTypes[N]['input'], AssistantToolTypes[N]['output']>;
}

/** Tool output → Markdown answer with [n] citations, figures and follow-up suggestions, in the question's language. */
export function composeDataAnswer<N extends AssistantToolName>(options: ComposeDataAnswerOptions<N>): ComposedDataAnswer {
  const { run, ...context } = options;
  return toolModule(run.tool).dataTool.compose(run, context);
}
