import type { z } from 'zod';
import { budgetRunwayInput, calculateBudgetRunway } from './budget-runway.ts';
import { compareFinancingInput, compareFinancingVariants } from './compare-financing.ts';
import { calculateResidentialScenario, residentialScenarioInput } from './residential-scenario.ts';

/**
 * The calculators as tool definitions: a stable name, a Dutch description for the model, the zod
 * input schema (its field descriptions are Dutch too) and the pure function. The assistant core
 * turns these into LLM tools; invalid input throws InvalidInputError with bilingual messages.
 */
export interface CalculatorTool<Schema extends z.ZodType = z.ZodType, Result = unknown> {
  name: string;
  description: string;
  inputSchema: Schema;
  run: (input: z.input<Schema>) => Result;
}

function defineTool<Schema extends z.ZodType, Result>(tool: CalculatorTool<Schema, Result>): CalculatorTool<Schema, Result> {
  return tool;
}

export const compareFinancingTool = defineTool({
  name: 'compare_financing',
  description: 'Vergelijk de kosten van inspanningsgerichte (P × Q), outputgerichte (trajectprijs) en taakgerichte (lumpsum) bekostiging over 1–15 jaar, per jaar en in totaal, met volumegroei, indexatie, taakstelling en risicocorridor. Vul alleen prijzen en volumes in die de gebruiker noemt.',
  inputSchema: compareFinancingInput,
  run: compareFinancingVariants,
});

export const budgetRunwayTool = defineTool({
  name: 'budget_runway',
  description: 'Bereken hoe snel een jaarbudget opraakt: gemiddelde uitgave per maand, verwachte uitgave aan het eind van het jaar, over- of onderbesteding en de maand waarin het budget op is.',
  inputSchema: budgetRunwayInput,
  run: calculateBudgetRunway,
});

export const residentialScenarioTool = defineTool({
  name: 'residential_scenario',
  description: 'Bereken het effect van afbouw van residentiële plaatsingen: bruto besparing, extra kosten voor ambulante hulp en netto besparing per jaar (en over meerdere jaren).',
  inputSchema: residentialScenarioInput,
  run: calculateResidentialScenario,
});

export const calculatorTools = [compareFinancingTool, budgetRunwayTool, residentialScenarioTool] as const;
