import type { Language, ToolCall } from '../../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../../sources/cbs/index.ts';
import type { AssistantToolName, AssistantTools, AssistantToolTypes } from '../../tools/index.ts';
import type { ComposedDataAnswer } from '../composed-data-answer.ts';
import type { RegistrationScope, ToolRoute } from '../data-route.ts';

/** The route of one tool. */
export type ToolRouteOf<N extends AssistantToolName> = Extract<ToolRoute, { tool: N }>;

/** One tool run: which tool, what went in, what came out (a union over the tools in N). */
export type ToolRunOf<N extends AssistantToolName> = N extends AssistantToolName ? { tool: N; input: AssistantToolTypes[N]['input']; output: AssistantToolTypes[N]['output'] } : never;

/** A run of any tool. */
export type ToolRun = ToolRunOf<AssistantToolName>;

/** What the data answerer needs to run a routed tool. */
export interface RunToolContext {
  tools: AssistantTools;
  toolCalls: ToolCall[];
  language: Language;
}

/** What a composed answer may say beyond the tool output. */
export interface ComposeContext {
  language: Language;
  catalogue: IndicatorCatalogue;
  /** Why other years than asked are shown (query_indicator). */
  periodNote?: string;
  /** true when the question named no period and the router chose one. */
  periodAssumed?: boolean;
  /** Inputs filled only to satisfy a schema; figures that depend on them are left out. */
  unstatedInputs?: string[];
  /** query_registrations: why the figure covers the gemeenten it covers. */
  registrationScope?: RegistrationScope;
  /** query_registrations: a development over time. */
  trend?: boolean;
}

/**
 * How the offline data answerer uses one tool: whether its answers are data or a calculation, how
 * a routed question runs it, how its output becomes a cited answer, and how to say what was
 * understood when it gave no figure. One per tool, listed in data-tools.ts.
 */
export interface DataTool<N extends AssistantToolName> {
  intent: 'data' | 'calculation';
  run(route: ToolRouteOf<N>, context: RunToolContext): Promise<{ run: ToolRunOf<N>; periodNote?: string }>;
  compose(run: ToolRunOf<N>, context: ComposeContext): ComposedDataAnswer;
  /** The words after "I understood your question as:". */
  describe(route: ToolRouteOf<N>, context: { language: Language; catalogue: IndicatorCatalogue }): string;
}

/** Runs a tool that needs nothing but its input, and records the call. */
export async function runPlainTool<N extends AssistantToolName>(route: ToolRouteOf<N>, context: RunToolContext): Promise<{ run: ToolRunOf<N> }> {
  const tool = context.tools[route.tool] as unknown as { run(input: unknown): Promise<unknown> };
  const output = await tool.run(route.input);
  context.toolCalls.push({ name: route.tool, input: route.input, output });
  return { run: { tool: route.tool, input: route.input, output } as ToolRunOf<N> };
}
