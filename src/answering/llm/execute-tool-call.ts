import type { RetrievedPassage } from '../../sources/knowledge/index.ts';
import type { AssistantTool } from '../tools/index.ts';
import type { PendingToolCall } from './read-model-reply.ts';
import type { UngroundedInput } from './tool-input-grounding.ts';

/** What came of one tool call: an output to show as a source, or an error to report to the model. */
export type ToolOutcome =
  | { kind: 'passages'; call: PendingToolCall; input: unknown; passages: RetrievedPassage[] }
  | { kind: 'output'; call: PendingToolCall; tool: AssistantTool; input: unknown; output: unknown }
  | { kind: 'error'; call: PendingToolCall; message: string };

export interface ExecuteToolCallOptions {
  call: PendingToolCall;
  searchTool: AssistantTool<unknown, RetrievedPassage[]>;
  tools: readonly AssistantTool[];
  /** `Date.now()` after which a running tool is abandoned. */
  deadline: number;
  /** True once the tool rounds are used up: the call is refused so the model answers. */
  refuse?: boolean;
  /** Numbers the arguments of a data tool call cannot be traced to (see findUngroundedInputs); such a call is refused. */
  ungroundedInputs?: (args: unknown) => UngroundedInput[];
}

/**
 * Validates and runs one tool call of the model. Malformed JSON, input that fails the tool's
 * schema, an unknown tool, a failing tool or one that outlasts the deadline become an error
 * outcome (reported to the model so it can correct itself), never an exception.
 */
export async function executeToolCall(options: ExecuteToolCallOptions): Promise<ToolOutcome> {
  const { call, searchTool } = options;
  const fail = (message: string): ToolOutcome => ({ kind: 'error', call, message });
  if (options.refuse) return fail('Het maximale aantal toolrondes is bereikt. Geef nu je antwoord met de bronnen die je al hebt.');
  const tool = call.name === searchTool.name ? searchTool : options.tools.find((candidate) => candidate.name === call.name);
  if (!tool) {
    const names = [searchTool.name, ...options.tools.map((candidate) => candidate.name)].join(', ');
    return fail(`Onbekende tool "${call.name}". Beschikbare tools: ${names}.`);
  }
  if (call.malformed) return fail(`De argumenten zijn geen geldige JSON (${call.malformed.error}). Roep ${call.name} opnieuw aan met geldige JSON volgens het schema.`);
  const parsed = tool.inputSchema.safeParse(call.args);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(invoer)'}: ${issue.message}`).join('; ');
    return fail(`Ongeldige invoer voor ${call.name}: ${issues}. Roep de tool opnieuw aan met invoer volgens het schema.`);
  }
  const invented = tool === searchTool ? [] : (options.ungroundedInputs?.(call.args) ?? []);
  if (invented.length > 0) {
    const list = invented.map((input) => `${input.path} = ${input.value}`).join(', ');
    return fail(
      `Niet uitgevoerd: ${list} staat niet in de vraag van de gebruiker en in geen bron van deze beurt. ` +
        'Vul alleen getallen in die de gebruiker noemt of die een tool teruggaf. Ontbreekt een getal, vraag de gebruiker er dan om en neem niets aan.',
    );
  }
  try {
    const output = await withinDeadline(tool.run(parsed.data), options.deadline);
    if (output === TIMED_OUT) return fail(`${call.name} gaf geen antwoord binnen de beschikbare tijd.`);
    return tool === searchTool
      ? { kind: 'passages', call, input: parsed.data, passages: output as RetrievedPassage[] }
      : { kind: 'output', call, tool, input: parsed.data, output };
  } catch (error) {
    return fail(`${call.name} gaf een fout: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const TIMED_OUT = Symbol('timed out');

async function withinDeadline<T>(run: Promise<T>, deadline: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
