import { budgetRunwayTool, compareFinancingTool, residentialScenarioTool } from '../../../sources/calculators/index.ts';
import type { BudgetRunwayOptions, BudgetRunwayResult } from '../../../sources/calculators/index.ts';
import type { CompareFinancingOptions, CompareFinancingResult } from '../../../sources/calculators/index.ts';
import type { ResidentialScenarioOptions, ResidentialScenarioResult } from '../../../sources/calculators/index.ts';
import type { ToolModule } from '../tools/tool-module.ts';
import { CALCULATOR_TITLES } from './calculator-citation.ts';
import { budgetRunwayDataTool, compareFinancingDataTool, residentialScenarioDataTool } from './calculator-data-tools.ts';
import { routeBudgetRunway } from './route-budget-runway.ts';
import { routeCompareFinancing } from './route-compare-financing.ts';
import { routeResidentialScenario } from './route-residential-scenario.ts';

/** The calculators: pure functions of the user's own figures, wrapped with the core's description and schema. */

export const budgetRunwayModule: ToolModule<'budget_runway', BudgetRunwayOptions, BudgetRunwayResult> = {
  name: 'budget_runway',
  createTool: () => ({
    description: budgetRunwayTool.description,
    inputSchema: budgetRunwayTool.inputSchema,
    run: async (input) => budgetRunwayTool.run(input),
    citationTitle: CALCULATOR_TITLES.budget_runway,
  }),
  route: routeBudgetRunway,
  dataTool: budgetRunwayDataTool,
};

export const residentialScenarioModule: ToolModule<'residential_scenario', ResidentialScenarioOptions, ResidentialScenarioResult> = {
  name: 'residential_scenario',
  createTool: () => ({
    description: residentialScenarioTool.description,
    inputSchema: residentialScenarioTool.inputSchema,
    run: async (input) => residentialScenarioTool.run(input),
    citationTitle: CALCULATOR_TITLES.residential_scenario,
  }),
  route: routeResidentialScenario,
  dataTool: residentialScenarioDataTool,
};

export const compareFinancingModule: ToolModule<'compare_financing', CompareFinancingOptions, CompareFinancingResult> = {
  name: 'compare_financing',
  createTool: () => ({
    description: compareFinancingTool.description,
    inputSchema: compareFinancingTool.inputSchema,
    run: async (input) => compareFinancingTool.run(input),
    citationTitle: CALCULATOR_TITLES.compare_financing,
  }),
  route: routeCompareFinancing,
  dataTool: compareFinancingDataTool,
};
