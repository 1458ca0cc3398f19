import type { Language } from '../../../assistant/index.ts';
import type { ResidentialScenarioOptions } from '../../../sources/calculators/index.ts';
import { parseAmounts, parseLocalizedNumber, type ParsedAmount } from '../../../lib/dutch/index.ts';
import { readSmallNumber } from '../../../lib/dutch/index.ts';
import type { RouteOf, ToolRoute } from '../data-route.ts';
import { listMissingInputs, type MissingInput } from './list-missing-inputs.ts';
import { plainText, yearsSpan } from '../question-cues.ts';

const placementWord = String.raw`(?:residentiele\s+)?(?:plaatsingen|plaatsing|plekken|placements?|residential\s+placements?)`;
const fewer = new RegExp(String.raw`(\d+(?:[.,]\d+)?)\s*(%|procent|percent)?\s+(?:minder|fewer|less)\s+${placementWord}|(\d+(?:[.,]\d+)?)\s*(%|procent|percent)?\s+(?:residentiele\s+|residential\s+)?(?:plaatsingen|plaatsing|placements?)\s+(?:minder|fewer|less)|(?:afbouw|reductie|verminderen|reduce|reduction)\s+(?:van|met|by|of)\s+(\d+(?:[.,]\d+)?)\s*(%|procent|percent)?`);
const current = new RegExp(String.raw`(?:(?:nu|huidige?|currently|now|van de|van onze|onze|our|of our|out of|of the|we hebben|we have)\s+(?:\w+\s+){0,2}?(\d+)\s+${placementWord})|(?:van\s+(\d+)\s+naar\s+(\d+)\s+${placementWord})`);
const scenarioCue = /\b(?:besparen|besparing|bespaart|levert|opbrengst|kost|kosten|save|saving|savings|cost)\b/;

/**
 * "Als we 10 residentiële plaatsingen minder hebben à € 120.000 per jaar en 60% gaat naar
 * ambulant à € 15.000, wat besparen we?" → residential_scenario. The first amount is the cost per
 * placement-year, the amount after "ambulant" the ambulant cost per client-year. When the current
 * number of placements is not named, the reduction itself is passed (the schema needs a number)
 * and marked unstated: the savings do not depend on it, and the answer leaves out what does.
 */
export function routeResidentialScenario(options: { question: string; language: Language }): RouteOf<'residential_scenario', ResidentialScenarioOptions> {
  const { question, language } = options;
  const plain = plainText(question);
  const reduction = fewer.exec(plain);
  const fromTo = current.exec(plain);
  if ((!reduction && !fromTo?.[2]) || !scenarioCue.test(plain)) return undefined;

  const amounts = parseAmounts({ text: question, language });
  const money = amounts.filter((amount) => amount.kind === 'money');
  const ambulantAt = question.toLowerCase().search(/ambulant/);
  const ambulantCost = ambulantAt >= 0 ? money.find((amount) => amount.index > ambulantAt) : undefined;
  const placementCost = money.find((amount) => amount !== ambulantCost);
  const share = findShare(question, amounts, ambulantAt);

  const input: Partial<ResidentialScenarioOptions> = {};
  const unstated: string[] = [];
  if (fromTo?.[2] && fromTo[3]) {
    input.currentPlacements = Number(fromTo[2]);
    input.reductionCount = Number(fromTo[2]) - Number(fromTo[3]);
  } else if (reduction) {
    const value = parseLocalizedNumber({ text: reduction[1] ?? reduction[3] ?? reduction[5] ?? '', language });
    const isPercent = (reduction[2] ?? reduction[4] ?? reduction[6]) !== undefined;
    if (value !== null) {
      if (isPercent) input.reductionPercent = value;
      else input.reductionCount = value;
    }
    if (fromTo?.[1]) input.currentPlacements = Number(fromTo[1]);
  }
  if (placementCost) input.costPerPlacementYear = placementCost.value;
  if (share !== undefined) input.shareToAmbulantPercent = share;
  if (ambulantCost) input.ambulantCostPerClientYear = ambulantCost.value;
  const yearsMatch = yearsSpan.exec(plain);
  const years = yearsMatch?.[1] ? readSmallNumber({ text: yearsMatch[1] }) : null;
  if (years !== null && years >= 1 && years <= 15) input.years = years;

  const missing: MissingInput[] = [];
  if (input.reductionCount === undefined && input.reductionPercent === undefined) missing.push({ nl: 'hoeveel plaatsingen minder', en: 'how many fewer placements' });
  if (input.reductionPercent !== undefined && input.currentPlacements === undefined) missing.push({ nl: 'het huidige aantal plaatsingen', en: 'the current number of placements' });
  if (input.costPerPlacementYear === undefined) missing.push({ nl: 'de kosten per plaatsing per jaar', en: 'the cost per placement a year' });
  if (input.shareToAmbulantPercent === undefined) missing.push({ nl: 'welk deel naar ambulante hulp gaat (in %)', en: 'which share moves to ambulant care (in %)' });
  if ((input.shareToAmbulantPercent ?? 0) > 0 && input.ambulantCostPerClientYear === undefined) missing.push({ nl: 'de kosten van ambulante hulp per cliënt per jaar', en: 'the cost of ambulant care per client a year' });
  if (missing.length > 0) {
    return {
      kind: 'clarify',
      tool: 'residential_scenario',
      message: language === 'nl'
        ? `Voor dit scenario heb ik nog nodig: ${listMissingInputs({ missing, language: 'nl' })}. Ik vul die niet zelf in. Bijvoorbeeld: "10 residentiële plaatsingen minder à € 120.000 per jaar, 60% gaat naar ambulant à € 15.000".`
        : `For this scenario I still need: ${listMissingInputs({ missing, language: 'en' })}. I do not fill these in myself. For example: "10 fewer residential placements at €120,000 a year, 60% move to ambulant care at €15,000".`,
    };
  }
  if (input.currentPlacements === undefined) {
    input.currentPlacements = input.reductionCount;
    unstated.push('currentPlacements');
  }
  const route: ToolRoute<'residential_scenario', ResidentialScenarioOptions> = { kind: 'tool', tool: 'residential_scenario', input: input as ResidentialScenarioOptions };
  if (unstated.length > 0) route.unstatedInputs = unstated;
  return route;
}

/** The percentage near "ambulant" (or the only percentage that is not the reduction). */
function findShare(question: string, amounts: ParsedAmount[], ambulantAt: number): number | undefined {
  const percentages = amounts.filter((amount) => amount.kind === 'percentage');
  if (ambulantAt >= 0) {
    const near = percentages.find((amount) => Math.abs(amount.index - ambulantAt) < 50);
    if (near) return near.value;
  }
  if (/\b(?:niemand|geen|none|nobody)\b.{0,30}ambulant/i.test(question)) return 0;
  return undefined;
}
