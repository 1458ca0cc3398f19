import type { Citation, Language } from '../../../assistant/index.ts';

const TITLES = {
  budget_runway: { nl: 'Rekentool budgetprognose (Stelselwijzer)', en: 'Budget runway calculator (Stelselwijzer)' },
  compare_financing: { nl: 'Rekentool bekostigingsvarianten (Stelselwijzer)', en: 'Funding variants calculator (Stelselwijzer)' },
  residential_scenario: { nl: 'Rekentool afbouw residentieel (Stelselwijzer)', en: 'Residential reduction calculator (Stelselwijzer)' },
} as const;

export type CalculatorName = keyof typeof TITLES;

/** The calculator itself is the source of a calculated answer; the inputs are the user's. */
export function calculatorCitation({ calculator, language, snippet }: { calculator: CalculatorName; language: Language; snippet: string }): Citation {
  return {
    n: 1,
    docId: `rekentool:${calculator}`,
    title: TITLES[calculator][language],
    source: `rekentool:${calculator}`,
    snippet,
  };
}
