import type { Language, ToolCall } from '../../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../../sources/cbs/index.ts';
import type { AssistantTool } from '../../tools/index.ts';
import type { ComposedDataAnswer } from '../composed-data-answer.ts';
import type { RegistrationScope, ToolRoute } from '../data-route.ts';

/** One tool run: which tool, what went in, what came out. */
export interface ToolRun<N extends string = string, I = unknown, O = unknown> {
  tool: N;
  input: I;
  output: O;
}

/** What the data answerer needs to run a routed tool: the tool itself and where to record its calls. */
export interface RunToolContext<I, O> {
  tool: AssistantTool<I, O>;
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
 * understood when it gave no figure. Part of the tool's ToolModule.
 */
export interface DataTool<N extends string, I, O> {
  intent: 'data' | 'calculation';
  run(route: ToolRoute<N, I>, context: RunToolContext<I, O>): Promise<{ run: ToolRun<N, I, O>; periodNote?: string }>;
  compose(run: ToolRun<N, I, O>, context: ComposeContext): ComposedDataAnswer;
  /** The words after "I understood your question as:". */
  describe(route: ToolRoute<N, I>, context: { language: Language; catalogue: IndicatorCatalogue }): string;
}

/** Runs a tool that needs nothing but its input, and records the call. */
export async function runPlainTool<N extends string, I, O>(route: ToolRoute<N, I>, context: RunToolContext<I, O>): Promise<{ run: ToolRun<N, I, O> }> {
  const output = await context.tool.run(route.input);
  context.toolCalls.push({ name: route.tool, input: route.input, output });
  return { run: { tool: route.tool, input: route.input, output } };
}
