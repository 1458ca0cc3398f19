import type { BudgetRunwayOptions, BudgetRunwayResult } from '../../../sources/calculators/index.ts';
import type { CompareFinancingOptions, CompareFinancingResult } from '../../../sources/calculators/index.ts';
import type { ResidentialScenarioOptions, ResidentialScenarioResult } from '../../../sources/calculators/index.ts';
import { composeBudgetRunwayAnswer } from './compose-budget-runway-answer.ts';
import { composeFinancingAnswer } from './compose-financing-answer.ts';
import { composeResidentialAnswer } from './compose-residential-answer.ts';
import { runPlainTool, type DataTool } from '../tools/data-tool.ts';

export const budgetRunwayDataTool: DataTool<'budget_runway', BudgetRunwayOptions, BudgetRunwayResult> = {
  intent: 'calculation',
  run: runPlainTool,
  compose: (run, { language }) => composeBudgetRunwayAnswer({ input: run.input, result: run.output, language }),
  describe: (_route, { language }) => `${language === 'nl' ? 'uitputting van het jaarbudget berekenen' : 'work out the budget runway'}.`,
};

export const compareFinancingDataTool: DataTool<'compare_financing', CompareFinancingOptions, CompareFinancingResult> = {
  intent: 'calculation',
  run: runPlainTool,
  compose: (run, { language }) => composeFinancingAnswer({ input: run.input, result: run.output, language }),
  describe: (_route, { language }) => `${language === 'nl' ? 'bekostigingsvarianten vergelijken' : 'compare funding variants'}.`,
};

export const residentialScenarioDataTool: DataTool<'residential_scenario', ResidentialScenarioOptions, ResidentialScenarioResult> = {
  intent: 'calculation',
  run: runPlainTool,
  compose: (run, { language, unstatedInputs }) => composeResidentialAnswer({ input: run.input, result: run.output, language, ...(unstatedInputs ? { unstatedInputs } : {}) }),
  describe: (_route, { language }) => `${language === 'nl' ? 'scenario afbouw residentiële plaatsingen' : 'residential reduction scenario'}.`,
};
