import type { ComposedDataAnswer } from './composed-data-answer.ts';
import { dataTool } from './tools/data-tools.ts';
import type { ComposeContext, ToolRun } from './tools/data-tool.ts';

export type { ComposedDataAnswer } from './composed-data-answer.ts';
export type { ToolRun } from './tools/data-tool.ts';

export interface ComposeDataAnswerOptions extends ComposeContext {
  run: ToolRun;
}

/** Tool output → Markdown answer with [n] citations, figures and follow-up suggestions, in the question's language. */
export function composeDataAnswer(options: ComposeDataAnswerOptions): ComposedDataAnswer {
  const { run, ...context } = options;
  return dataTool(run.tool).compose(run, context);
}
