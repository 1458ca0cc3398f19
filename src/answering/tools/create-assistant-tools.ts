import { budgetRunwayTool, compareFinancingTool, residentialScenarioTool } from '../../sources/calculators/index.ts';
import type { BudgetRunwayOptions, BudgetRunwayResult } from '../../sources/calculators/index.ts';
import type { CompareFinancingOptions, CompareFinancingResult } from '../../sources/calculators/index.ts';
import type { ResidentialScenarioOptions, ResidentialScenarioResult } from '../../sources/calculators/index.ts';
import type { CbsClient } from '../../sources/cbs/index.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/index.ts';
import { queryIndicator, type QueryIndicatorResult } from '../../sources/cbs/index.ts';
import { queryIndicatorInput, type QueryIndicatorInput } from '../../sources/cbs/index.ts';
import { queryRegistrations, queryRegistrationsInput, type QueryRegistrationsInput } from '../../sources/registrations/index.ts';
import type { RegistrationReader } from '../../sources/registrations/index.ts';
import type { RegistrationMetricResult } from '../../sources/registrations/index.ts';
import type { AssistantTool } from './assistant-tool.ts';

export const ASSISTANT_TOOL_NAMES = ['query_indicator', 'query_registrations', 'compare_financing', 'budget_runway', 'residential_scenario'] as const;
export type AssistantToolName = (typeof ASSISTANT_TOOL_NAMES)[number];

/** Input and output type of each tool, by name. */
export interface AssistantToolTypes {
  query_indicator: { input: QueryIndicatorInput; output: QueryIndicatorResult };
  query_registrations: { input: QueryRegistrationsInput; output: RegistrationMetricResult };
  compare_financing: { input: CompareFinancingOptions; output: CompareFinancingResult };
  budget_runway: { input: BudgetRunwayOptions; output: BudgetRunwayResult };
  residential_scenario: { input: ResidentialScenarioOptions; output: ResidentialScenarioResult };
}

export type AssistantTools = { [N in AssistantToolName]: AssistantTool<AssistantToolTypes[N]['input'], AssistantToolTypes[N]['output']> };

export interface CreateAssistantToolsOptions {
  cbs: CbsClient;
  catalogue: IndicatorCatalogue;
  /** Read-only view of the gemeente's own registration: `openRegistrationData(...).store.reader`. */
  registrations: RegistrationReader;
  /**
   * Accepted so the wiring can pass one clock everywhere. The tools themselves take explicit years
   * and dates (the same input always gives the same output); relative periods ("dit jaar") are
   * resolved by the router before a tool is called.
   */
  today?: () => Date;
}

/**
 * The five data tools, each a thin wrapper around an existing, tested core with that core's own
 * zod schema. query_indicator takes CBS gemeentecodes (GM0344), not names: names are resolved
 * with the gazetteer before the call (the router does this; an LLM caller should too), so the
 * tool never guesses which "Bergen" is meant.
 */
export function createAssistantTools(options: CreateAssistantToolsOptions): AssistantTools {
  const { cbs, catalogue, registrations } = options;
  return {
    query_indicator: {
      name: 'query_indicator',
      description:
        'Haal een CBS-indicator op (StatLine) per gemeente en jaar, met definitie, kanttekeningen en bron; ' +
        'optioneel ook per 1.000 inwoners. Gebruik CBS-gemeentecodes (GM0344 = Utrecht, GM0518 = Den Haag). ' +
        'Jaren zonder CBS-cijfers worden gemeld, nooit ingevuld.',
      inputSchema: queryIndicatorInput,
      run: (input) => queryIndicator({ ...input, client: cbs, catalogue }),
    },
    query_registrations: {
      name: 'query_registrations',
      description:
        'Tel cijfers uit de eigen registratie (toewijzingen) van de gemeente: residentiële plaatsingen, jeugdhulp met verblijf, ' +
        'nieuwe en beëindigde plaatsingen, lopende plaatsingen op een peildatum, gemiddelde duur en kosten, met definitie en bron. ' +
        'Voorbeelddata worden altijd als zodanig gemeld.',
      inputSchema: queryRegistrationsInput,
      run: async (input) => queryRegistrations({ ...input, store: registrations }),
    },
    compare_financing: {
      name: compareFinancingTool.name,
      description: compareFinancingTool.description,
      inputSchema: compareFinancingTool.inputSchema,
      run: async (input) => compareFinancingTool.run(input),
    },
    budget_runway: {
      name: budgetRunwayTool.name,
      description: budgetRunwayTool.description,
      inputSchema: budgetRunwayTool.inputSchema,
      run: async (input) => budgetRunwayTool.run(input),
    },
    residential_scenario: {
      name: residentialScenarioTool.name,
      description: residentialScenarioTool.description,
      inputSchema: residentialScenarioTool.inputSchema,
      run: async (input) => residentialScenarioTool.run(input),
    },
  };
}

/** The tools as a list, e.g. to offer them to a language model. */
export function listAssistantTools(tools: AssistantTools): AssistantTool[] {
  return ASSISTANT_TOOL_NAMES.map((name) => tools[name] as unknown as AssistantTool);
}
