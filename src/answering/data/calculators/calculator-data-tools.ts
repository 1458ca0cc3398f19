import type { BudgetRunwayOptions, BudgetRunwayResult } from '../../../sources/calculators/index.ts';
import type { CompareFinancingOptions, CompareFinancingResult } from '../../../sources/calculators/index.ts';
import type { ResidentialScenarioOptions, ResidentialScenarioResult } from '../../../sources/calculators/index.ts';
import { composeBudgetRunwayAnswer } from './compose-budget-runway-answer.ts';
import { composeFinancingAnswer } from './compose-financing-answer.ts';
import { composeResidentialAnswer } from './compose-residential-answer.ts';
import { runPlainTool, type DataTool } from '../tools/data-tool.ts';
import { inLanguage } from '../../../lib/index.ts';

export const budgetRunwayDataTool: DataTool<'budget_runway', BudgetRunwayOptions, BudgetRunwayResult> = {
  intent: 'calculation',
  run: runPlainTool,
  compose: (run, { language }) => composeBudgetRunwayAnswer({ input: run.input, result: run.output, language }),
  describe: (_route, { language }) => `${inLanguage({ nl: 'uitputting van het jaarbudget berekenen', en: 'work out the budget runway' }, language)}.`,
};

export const compareFinancingDataTool: DataTool<'compare_financing', CompareFinancingOptions, CompareFinancingResult> = {
  intent: 'calculation',
  run: runPlainTool,
  compose: (run, { language }) => composeFinancingAnswer({ input: run.input, result: run.output, language }),
  describe: (_route, { language }) => `${inLanguage({ nl: 'bekostigingsvarianten vergelijken', en: 'compare funding variants' }, language)}.`,
};

export const residentialScenarioDataTool: DataTool<'residential_scenario', ResidentialScenarioOptions, ResidentialScenarioResult> = {
  intent: 'calculation',
  run: runPlainTool,
  compose: (run, { language, unstatedInputs }) => composeResidentialAnswer({ input: run.input, result: run.output, language, ...(unstatedInputs ? { unstatedInputs } : {}) }),
  describe: (_route, { language }) => `${inLanguage({ nl: 'scenario afbouw residentiële plaatsingen', en: 'residential reduction scenario' }, language)}.`,
};
