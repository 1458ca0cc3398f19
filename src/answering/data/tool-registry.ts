import { budgetRunwayModule, compareFinancingModule, residentialScenarioModule } from './calculators/calculator-modules.ts';
import { queryIndicatorModule } from './indicator/query-indicator-module.ts';
import { queryRegistrationsModule } from './registrations/query-registrations-module.ts';
import type { ToolModule } from './tools/tool-module.ts';

/**
 * Every data tool, in routing order: the first tool whose rules take a question answers it. The
 * calculators come first (their questions carry amounts), then the gemeente's own registration
 * ("hadden we", "onze"), then CBS indicators. A new tool is one folder with its ToolModule and one
 * line here: the tool names and types, the tools offered to the model and the CLI, the router and
 * the offline answerer all read this list.
 */
export const TOOL_MODULES = [
  budgetRunwayModule,
  residentialScenarioModule,
  compareFinancingModule,
  queryRegistrationsModule,
  queryIndicatorModule,
] as const;

type RegisteredModule = (typeof TOOL_MODULES)[number];

export type AssistantToolName = RegisteredModule['name'];

/** Input and output type of each tool, by name. */
export type AssistantToolTypes = {
  [M in RegisteredModule as M['name']]: M extends ToolModule<M['name'], infer I, infer O> ? { input: I; output: O } : never;
};

/** The module of tool N, with that tool's input and output types. */
export type ToolModuleOf<N extends AssistantToolName> = ToolModule<N, AssistantToolTypes[N]['input'], AssistantToolTypes[N]['output']>;

export const ASSISTANT_TOOL_NAMES: readonly AssistantToolName[] = TOOL_MODULES.map((module) => module.name);

export function isAssistantToolName(name: string): name is AssistantToolName {
  return TOOL_MODULES.some((module) => module.name === name);
}

// Indexed by name once, so that a route's tool name finds its module with that tool's types.
const MODULES_BY_NAME = Object.fromEntries(TOOL_MODULES.map((module) => [module.name, module])) as { [N in AssistantToolName]: ToolModuleOf<N> };

export function toolModule<N extends AssistantToolName>(name: N): ToolModuleOf<N> {
  return MODULES_BY_NAME[name];
}
