import type { ToolCall } from '../../assistant/index.ts';
import type { DataAnswer, DataAnswerer } from '../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/index.ts';
import type { AssistantToolName, AssistantTools } from '../tools/index.ts';
import { composeDataAnswer } from './compose-data-answer.ts';
import { describeDataFailure } from './describe-data-failure.ts';
import { describeUnderstood } from './describe-understood.ts';
import { readRegistrationProfile } from './registration-profile.ts';
import { routeDataQuestion } from './route-data-question.ts';
import type { RegistrationReader } from '../../sources/registrations/index.ts';
import { dataTool } from './tools/data-tools.ts';

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
        const { run, periodNote } = await dataTool(route.tool).run(route, { tools, toolCalls, language });
        const composed = composeDataAnswer({
          run,
          language,
          catalogue,
          ...(periodNote ? { periodNote } : {}),
          ...(route.periodAssumed ? { periodAssumed: true } : {}),
          ...(route.unstatedInputs ? { unstatedInputs: route.unstatedInputs } : {}),
          ...(route.tool === 'query_registrations' && route.registrationScope ? { registrationScope: route.registrationScope } : {}),
          ...(route.tool === 'query_registrations' && route.trend ? { trend: true } : {}),
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
  return tool !== undefined ? dataTool(tool).intent : 'data';
}
