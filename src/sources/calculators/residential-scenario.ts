import { z } from 'zod';
import { parseCalculatorInput } from '../../lib/input/index.ts';
import { roundMoney, roundPercent } from '../../lib/index.ts';
import { bilingual, nonNegativeNumber, sharePercent, wholeNumberBetween } from '../../lib/input/index.ts';

/**
 * Scenario for afbouw residentieel verblijf (Hervormingsagenda Jeugd): fewer residential
 * placements save their cost, but part of those young people then need ambulant care.
 * All figures are per year at constant prices; `years` multiplies the yearly net savings.
 */
export const residentialScenarioInput = z
  .object({
    currentPlacements: nonNegativeNumber('Huidig aantal residentiële plaatsingen', 'Current residential placements')
      .describe('Huidig aantal residentiële plaatsingen (gemiddeld bezette plaatsen of plaatsingsjaren per jaar).'),
    reductionCount: nonNegativeNumber('Afname in aantal', 'Reduction in placements').optional()
      .describe('Afname in aantal plaatsingen. Óf reductionCount óf reductionPercent opgeven.'),
    reductionPercent: sharePercent('Afname in procenten', 'Reduction percentage').optional()
      .describe('Afname in procenten van het huidige aantal plaatsingen (20 = 20 % minder).'),
    costPerPlacementYear: nonNegativeNumber('Kostprijs per plaatsingsjaar', 'Cost per placement-year')
      .describe('Gemiddelde kosten van één residentiële plaatsing per jaar in euro. Alleen invullen als de gebruiker dit noemt.'),
    shareToAmbulantPercent: sharePercent('Aandeel naar ambulant', 'Share moving to ambulant care')
      .describe('Percentage van de afgebouwde plaatsingen dat ambulante hulp nodig heeft (0–100). Vraag dit na als het onbekend is.'),
    ambulantCostPerClientYear: nonNegativeNumber('Ambulante kostprijs per cliëntjaar', 'Ambulant cost per client-year').optional()
      .describe('Gemiddelde kosten van ambulante hulp per cliënt per jaar in euro; nodig als shareToAmbulantPercent groter is dan 0.'),
    years: wholeNumberBetween('Aantal jaren', 'Number of years', 1, 15).optional()
      .describe('Optioneel: aantal jaren waarover de netto besparing wordt opgeteld (constante prijzen).'),
  })
  .superRefine((input, context) => {
    const given = Number(input.reductionCount !== undefined) + Number(input.reductionPercent !== undefined);
    if (given !== 1) {
      context.addIssue({ code: 'custom', path: ['reductionCount'], message: bilingual('Geef de afname óf als aantal óf als percentage', 'Give the reduction either as a count or as a percentage') });
    }
    if (input.reductionCount !== undefined && input.reductionCount > input.currentPlacements) {
      context.addIssue({ code: 'custom', path: ['reductionCount'], message: bilingual('De afname kan niet groter zijn dan het huidige aantal plaatsingen', 'The reduction cannot exceed the current number of placements') });
    }
    if (input.shareToAmbulantPercent > 0 && input.ambulantCostPerClientYear === undefined) {
      context.addIssue({ code: 'custom', path: ['ambulantCostPerClientYear'], message: bilingual('Geef de ambulante kosten per cliëntjaar op', 'Give the ambulant cost per client-year') });
    }
  })
  .describe('Bereken het financiële effect van minder residentiële plaatsingen, met verschuiving naar ambulante hulp.');

export type ResidentialScenarioOptions = z.input<typeof residentialScenarioInput>;

export interface ResidentialScenarioResult {
  currentPlacements: number;
  /** reductionCount, or currentPlacements × reductionPercent / 100. */
  reducedPlacements: number;
  remainingPlacements: number;
  /** currentPlacements × costPerPlacementYear. */
  currentResidentialCost: number;
  /** reducedPlacements × costPerPlacementYear. */
  grossSavingsPerYear: number;
  /** reducedPlacements × shareToAmbulantPercent / 100. */
  clientsToAmbulant: number;
  /** clientsToAmbulant × ambulantCostPerClientYear. */
  extraAmbulantCostPerYear: number;
  /** grossSavingsPerYear − extraAmbulantCostPerYear (negative = the scenario costs money). */
  netSavingsPerYear: number;
  /** netSavingsPerYear / currentResidentialCost × 100 (null when current cost is 0). */
  netSavingsPercentOfCurrentCost: number | null;
  overYears: { years: number; netSavings: number } | null;
}

export function calculateResidentialScenario(options: ResidentialScenarioOptions): ResidentialScenarioResult {
  const input = parseCalculatorInput({ schema: residentialScenarioInput, input: options, calculator: 'calculateResidentialScenario' });
  const reduced = input.reductionCount ?? (input.currentPlacements * (input.reductionPercent ?? 0)) / 100;
  const currentCost = input.currentPlacements * input.costPerPlacementYear;
  const grossSavings = reduced * input.costPerPlacementYear;
  const clientsToAmbulant = (reduced * input.shareToAmbulantPercent) / 100;
  const extraAmbulant = clientsToAmbulant * (input.ambulantCostPerClientYear ?? 0);
  const net = grossSavings - extraAmbulant;
  return {
    currentPlacements: input.currentPlacements,
    reducedPlacements: roundTo(reduced, 4),
    remainingPlacements: roundTo(input.currentPlacements - reduced, 4),
    currentResidentialCost: roundMoney(currentCost),
    grossSavingsPerYear: roundMoney(grossSavings),
    clientsToAmbulant: roundTo(clientsToAmbulant, 4),
    extraAmbulantCostPerYear: roundMoney(extraAmbulant),
    netSavingsPerYear: roundMoney(net),
    netSavingsPercentOfCurrentCost: currentCost === 0 ? null : roundPercent((net / currentCost) * 100),
    overYears: input.years === undefined ? null : { years: input.years, netSavings: roundMoney(net * input.years) },
  };
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
