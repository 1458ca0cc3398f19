/** The public face of sources/calculators/: what other folders may import from it. */
export type { BudgetRunwayOptions, BudgetRunwayResult } from './budget-runway.ts';
export { budgetRunwayTool, compareFinancingTool, residentialScenarioTool } from './calculator-tools.ts';
export { type CompareFinancingOptions, type CompareFinancingResult, type FinancingVariant, financingVariantLabels } from './compare-financing.ts';
export type { ResidentialScenarioOptions, ResidentialScenarioResult } from './residential-scenario.ts';
