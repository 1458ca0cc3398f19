import type { Language } from '../../../assistant/index.ts';
import type { BudgetRunwayOptions } from '../../../sources/calculators/index.ts';
import { parseAmounts } from '../../../lib/dutch/index.ts';
import { parsePeriod } from '../../../lib/dutch/index.ts';
import type { RouteOf } from '../data-route.ts';
import { listMissingInputs, type MissingInput } from './list-missing-inputs.ts';
import { plainText } from '../question-cues.ts';

const aboutBudget = /\b(?:\w*budget\w*|begroting|jaarbudget)\b/;
const runwayCue = /\b(?:wanneer (?:is|zijn) (?:het|ze|die|dat|het budget|het geld) op|(?:is|raakt) (?:het|het budget) op|op(?:raken|raakt|gaat)|uitgeput|uitputting|overschrijding|overschrijden|tekort|houden we (?:het )?uit|run(?:s)? out|running out|overspend|last(?:s)? the year|exhausted|depleted)\b/;
const spentCue = /\b(?:uitgegeven|besteed|uitgaven|gerealiseerd|spent|spend|used)\b/;

/**
 * "Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven — wanneer is
 * het op?" → budget_runway. The first amount is the annual budget, the second the spend to date,
 * the month from "tot en met september" / "through September". Missing parts → ask.
 */
export function routeBudgetRunway(options: { question: string; language: Language; today: Date }): RouteOf<'budget_runway', BudgetRunwayOptions> {
  const { question, language } = options;
  const plain = plainText(question);
  if (!aboutBudget.test(plain) || !(runwayCue.test(plain) || spentCue.test(plain))) return undefined;
  if (!runwayCue.test(plain) && !/\b(?:hoeveel|how much|wat|what)\b/.test(plain)) return undefined;
  const money = parseAmounts({ text: question, language }).filter((amount) => amount.kind === 'money' && amount.value > 0);
  const period = parsePeriod({ text: question, today: options.today });
  const monthReached = period?.throughMonth ?? spentThroughMonth(plain);
  // Without any amount only "wanneer is ons budget op?" is a calculation; "hoe voorkom je dat het budget opraakt?" is not.
  if (money.length === 0 && !/^(?:wanneer|when)\b/.test(plain)) return undefined;
  const [budget, spent] = money;
  const missing: MissingInput[] = [];
  if (!budget) missing.push({ nl: 'het jaarbudget', en: 'the annual budget' });
  if (!spent) missing.push({ nl: 'het bedrag dat tot nu toe is uitgegeven', en: 'the amount spent so far' });
  if (monthReached === undefined) missing.push({ nl: 'tot en met welke maand dat bedrag loopt', en: 'through which month that amount runs' });
  if (!budget || !spent || monthReached === undefined) {
    return {
      kind: 'clarify',
      tool: 'budget_runway',
      message: language === 'nl'
        ? `Om te berekenen wanneer het budget op is, heb ik nog nodig: ${listMissingInputs({ missing, language: 'nl' })}. Noem het jaarbudget, het bedrag dat tot nu toe is uitgegeven en de maand tot en met wanneer, bijvoorbeeld: "Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven."`
        : `To work out when the budget runs out I still need: ${listMissingInputs({ missing, language: 'en' })}. Give the annual budget, the amount spent so far and through which month, for example: "Our youth care budget is 12 million and 10.2 million was spent through September."`,
    };
  }
  const input: BudgetRunwayOptions = { annualBudget: budget.value, spentToDate: spent.value, monthReached };
  return { kind: 'tool', tool: 'budget_runway', input };
}

/** "na negen maanden", "after 9 months", "in de eerste 9 maanden". */
function spentThroughMonth(plain: string): number | undefined {
  const words: Record<string, number> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
  const match = /\b(?:na|in de eerste|after|in the first|first)\s+(\d{1,2}|[a-z]+)\s+(?:maanden|months)\b/.exec(plain);
  if (!match?.[1]) return undefined;
  const value = /^\d+$/.test(match[1]) ? Number(match[1]) : words[match[1]];
  return value !== undefined && value >= 1 && value <= 12 ? value : undefined;
}
