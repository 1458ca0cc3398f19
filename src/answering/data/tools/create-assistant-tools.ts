import type { AssistantTool } from '../../tools/index.ts';
import { ASSISTANT_TOOL_NAMES, TOOL_MODULES, type AssistantToolName, type AssistantToolTypes } from '../tool-registry.ts';
import type { ToolDependencies } from './tool-module.ts';

/** The built tools, by name, each with its own input and output type. */
export type AssistantTools = { [N in AssistantToolName]: AssistantTool<AssistantToolTypes[N]['input'], AssistantToolTypes[N]['output']> };

export interface CreateAssistantToolsOptions extends ToolDependencies {
  /**
   * Accepted so the wiring can pass one clock everywhere. The tools themselves take explicit years
   * and dates (the same input always gives the same output); relative periods ("dit jaar") are
   * resolved by the router before a tool is called.
   */
  today?: () => Date;
}

/** Every registered tool, each a thin wrapper around an existing, tested core with that core's own zod schema. */
export function createAssistantTools(options: CreateAssistantToolsOptions): AssistantTools {
  const built = TOOL_MODULES.map((module) => [module.name, { name: module.name, ...module.createTool(options) }] as const);
  // Each entry is built by the module of that name, so the object has each tool's own types.
  return Object.fromEntries(built) as AssistantTools;
}

/** The tools as a list in registry order, e.g. to offer them to a language model. */
export function listAssistantTools(tools: AssistantTools): AssistantTool[] {
  return ASSISTANT_TOOL_NAMES.map((name) => tools[name] as unknown as AssistantTool);
}
