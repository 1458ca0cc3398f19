import type { Citation, Language } from '../../../assistant/index.ts';

/** A calculator's title as a source, for its answers here and for the model path (AssistantTool.citationTitle). */
export const CALCULATOR_TITLES = {
  budget_runway: { nl: 'Rekentool budgetprognose (Stelselwijzer)', en: 'Budget runway calculator (Stelselwijzer)' },
  compare_financing: { nl: 'Rekentool bekostigingsvarianten (Stelselwijzer)', en: 'Funding variants calculator (Stelselwijzer)' },
  residential_scenario: { nl: 'Rekentool afbouw residentieel (Stelselwijzer)', en: 'Residential reduction calculator (Stelselwijzer)' },
} as const;

export type CalculatorName = keyof typeof CALCULATOR_TITLES;

/** The calculator itself is the source of a calculated answer; the inputs are the user's. */
export function calculatorCitation({ calculator, language, snippet }: { calculator: CalculatorName; language: Language; snippet: string }): Citation {
  return {
    n: 1,
    docId: `rekentool:${calculator}`,
    title: CALCULATOR_TITLES[calculator][language],
    source: `rekentool:${calculator}`,
    snippet,
  };
}
