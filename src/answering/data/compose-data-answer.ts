import type { Language } from '../../assistant/answer.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/indicators/indicator-catalogue.ts';
import type { AssistantToolTypes } from '../tools/create-assistant-tools.ts';
import { composeBudgetRunwayAnswer } from './compose-budget-runway-answer.ts';
import { composeFinancingAnswer } from './compose-financing-answer.ts';
import { composeIndicatorAnswer } from './compose-indicator-answer.ts';
import { composeRegistrationAnswer } from './compose-registration-answer.ts';
import { composeResidentialAnswer } from './compose-residential-answer.ts';
import type { ComposedDataAnswer } from './composed-data-answer.ts';
import type { RegistrationScope } from './data-route.ts';

export type { ComposedDataAnswer } from './composed-data-answer.ts';

/** One tool run: which tool, what went in, what came out. */
export type ToolRun = {
  [N in keyof AssistantToolTypes]: { tool: N; input: AssistantToolTypes[N]['input']; output: AssistantToolTypes[N]['output'] };
}[keyof AssistantToolTypes];

export interface ComposeDataAnswerOptions {
  run: ToolRun;
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

/** Tool output → Markdown answer with [n] citations, figures and follow-up suggestions, in the question's language. */
export function composeDataAnswer(options: ComposeDataAnswerOptions): ComposedDataAnswer {
  const { run, language } = options;
  switch (run.tool) {
    case 'query_indicator':
      return composeIndicatorAnswer({
        result: run.output,
        language,
        catalogue: options.catalogue,
        context: { ...(options.periodNote ? { periodNote: options.periodNote } : {}), ...(options.periodAssumed ? { periodAssumed: true } : {}) },
      });
    case 'query_registrations':
      return composeRegistrationAnswer({
        result: run.output,
        language,
        context: {
          ...(options.periodAssumed ? { periodAssumed: true } : {}),
          ...(options.registrationScope ? { registrationScope: options.registrationScope } : {}),
          ...(options.trend ? { trend: true } : {}),
        },
      });
    case 'budget_runway':
      return composeBudgetRunwayAnswer({ input: run.input, result: run.output, language });
    case 'compare_financing':
      return composeFinancingAnswer({ input: run.input, result: run.output, language });
    case 'residential_scenario':
      return composeResidentialAnswer({ input: run.input, result: run.output, language, ...(options.unstatedInputs ? { unstatedInputs: options.unstatedInputs } : {}) });
  }
}
