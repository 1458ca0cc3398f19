import type { ToolCall } from '../../assistant/index.ts';
import type { DataAnswer, DataAnswerer, Language } from '../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/index.ts';
import { composeDataAnswer } from './compose-data-answer.ts';
import { describeDataFailure } from './describe-data-failure.ts';
import { describeUnderstood } from './describe-understood.ts';
import { readRegistrationProfile } from './registration-profile.ts';
import { routeDataQuestion, type ToolRouteOf } from './route-data-question.ts';
import type { RegistrationReader } from '../../sources/registrations/index.ts';
import { toolModule, type AssistantToolName } from './tool-registry.ts';
import type { AssistantTools } from './tools/create-assistant-tools.ts';

export type { DataAnswer, DataAnswerer } from '../../assistant/index.ts';

export interface CreateDataAnswererOptions {
  tools: AssistantTools;
  catalogue: IndicatorCatalogue;
  today: () => Date;
  /**
   * The registration the query_registrations tool reads: tells the router which gemeenten it holds
   * (a question naming one of them is answered from it) and its span (for trends).
   */
  registrations?: RegistrationReader;
  /** OWN_GEMEENTE (a code): what "we" means when the registration holds several gemeenten. */
  ownGemeenteCode?: string;
}

/**
 * Answers data questions offline: route the question to a tool (rules, no model), run it and
 * compose a cited answer from its output only. Missing inputs become a question back; expected
 * failures (CBS unreachable, no registration, invalid input) a polite answer that says what was
 * understood. Unexpected errors are rethrown.
 */
export function createDataAnswerer(options: CreateDataAnswererOptions): DataAnswerer {
  const { tools, catalogue, today } = options;
  return {
    async answer({ question, language }) {
      const registration = options.registrations
        ? readRegistrationProfile({ reader: options.registrations, ...(options.ownGemeenteCode ? { ownGemeenteCode: options.ownGemeenteCode } : {}) })
        : undefined;
      const route = routeDataQuestion({ question, language, today: today(), catalogue, ...(registration ? { registration } : {}) });
      if (!route) return undefined;
      if (route.kind === 'clarify') {
        return { intent: intentOf(route.tool), answer: route.message, citations: [], figures: [], suggestions: [], toolCalls: [], figureMissing: true };
      }
      const toolCalls: ToolCall[] = [];
      try {
        const { run, periodNote } = await runRoute(route, { tools, toolCalls, language });
        const composed = composeDataAnswer({
          run,
          language,
          catalogue,
          ...(periodNote ? { periodNote } : {}),
          ...(route.periodAssumed ? { periodAssumed: true } : {}),
          ...(route.unstatedInputs ? { unstatedInputs: route.unstatedInputs } : {}),
          ...(route.registrationScope ? { registrationScope: route.registrationScope } : {}),
          ...(route.trend ? { trend: true } : {}),
        });
        return { intent: intentOf(route.tool), ...composed, toolCalls };
      } catch (error) {
        const failure = describeDataFailure({ error, language });
        if (!failure) throw error;
        toolCalls.push({ name: route.tool, input: route.input, output: failure.output });
        const understood = describeUnderstood({ route, language, catalogue });
        return { intent: intentOf(route.tool), answer: `${failure.message}\n\n_${understood}_`, citations: [], figures: [], suggestions: [], toolCalls, figureMissing: true };
      }
    },
  };
}

function intentOf(tool: AssistantToolName | undefined): 'data' | 'calculation' {
  return tool !== undefined ? toolModule(tool).dataTool.intent : 'data';
}

/** Runs the routed tool the way its module says, with the built tool of that name. */
function runRoute<N extends AssistantToolName>(route: ToolRouteOf<N>, context: { tools: AssistantTools; toolCalls: ToolCall[]; language: Language }) {
  const { tools, ...rest } = context;
  return toolModule(route.tool).dataTool.run(route, { tool: tools[route.tool], ...rest });
}
