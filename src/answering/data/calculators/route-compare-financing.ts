import type { Language } from '../../../assistant/index.ts';
import type { CompareFinancingOptions } from '../../../sources/calculators/index.ts';
import { parseAmounts, type ParsedAmount } from '../../../lib/dutch/index.ts';
import { readSmallNumber } from '../../../lib/dutch/index.ts';
import type { ClarifyRoute, RouteOf } from '../data-route.ts';
import { listMissingInputs, type MissingInput } from './list-missing-inputs.ts';
import { plainText, yearsSpan } from '../question-cues.ts';

const pq = /\b(?:p\s*(?:maal|x|×|\*|times)\s*q|prijs\s*(?:maal|x|×)\s*(?:hoeveelheid|volume)|price\s*(?:times|x|×)\s*(?:quantity|volume)|inspanningsgericht\w*|effort-based)(?![\p{L}])/u;
const lumpsum = /\b(?:lumpsum|lump\s*sum|lump-sum|taakgericht\w*|task-based)\b/;
const trajectory = /\b(?:trajectprijs|trajectprijzen|trajecten|outputgericht\w*|trajectories|price per trajectory|output-based)\b/;
const costCue = /\b(?:kost|kosten|kostte|goedkoper|duurder|cost|costs|cheaper|more expensive)\b/;
const comparisonCue = /\b(?:vergelijk\w*|vergeleken|versus|vs|tegenover|compare\w*)\b/;

/**
 * "Wat kost P maal Q over 4 jaar vergeleken met een lumpsum van 11,5 miljoen?" → compare_financing,
 * only with the amounts the user gave. P×Q needs a price per unit and a number of units, a
 * trajectprijs needs a price and a number of trajectories, a lumpsum an amount, and the comparison a
 * number of years; whatever is missing is asked for with an example, never filled in.
 */
export function routeCompareFinancing(options: { question: string; language: Language }): RouteOf<'compare_financing', CompareFinancingOptions> {
  const { question, language } = options;
  const plain = plainText(question);
  const variants = { pq: pq.test(plain), lumpsum: lumpsum.test(plain), trajectory: trajectory.test(plain) };
  const named = Number(variants.pq) + Number(variants.lumpsum) + Number(variants.trajectory);
  const amounts = parseAmounts({ text: question, language });
  if (named === 0) return undefined;
  // "inspanningsgericht vs outputgericht vs taakgericht, kort samengevat?" compares how they work, not what they cost: without an amount, only a cost question is a calculation.
  if (!costCue.test(plain) && !(comparisonCue.test(plain) && amounts.length > 0)) return undefined;
  if (named < 2 && amounts.length === 0) return undefined;

  const money = amounts.filter((amount) => amount.kind === 'money');
  const counts = amounts.filter((amount) => amount.kind === 'count');
  const lumpsumAmount = variants.lumpsum ? amountAfter(question, money, /(?:lumpsum|lump\s*sum|lump-sum|budget|taakgericht\w*)/) : undefined;
  const unitPrice = variants.pq ? money.find((amount) => amount !== lumpsumAmount && isPerUnit(question, amount)) : undefined;
  const volume = variants.pq ? counts.find((amount) => !/traject/.test(amount.unit ?? '')) : undefined;
  const trajectoryPrice = variants.trajectory ? amountAfter(question, money.filter((amount) => amount !== lumpsumAmount && amount !== unitPrice), /(?:traject\w*|trajector\w*|à|per traject)/) : undefined;
  const trajectories = variants.trajectory ? counts.find((amount) => /traject/.test(amount.unit ?? '')) : undefined;
  const yearsMatch = yearsSpan.exec(plain);
  const years = yearsMatch?.[1] ? readSmallNumber({ text: yearsMatch[1] }) : null;

  const missing: MissingInput[] = [];
  if (variants.pq && !volume) missing.push({ nl: 'het aantal eenheden per jaar (Q)', en: 'the number of units a year (Q)' });
  if (variants.pq && !unitPrice) missing.push({ nl: 'de prijs per eenheid (P)', en: 'the price per unit (P)' });
  if (variants.trajectory && !trajectories) missing.push({ nl: 'het aantal trajecten per jaar', en: 'the number of trajectories a year' });
  if (variants.trajectory && !trajectoryPrice) missing.push({ nl: 'de trajectprijs', en: 'the price per trajectory' });
  if (variants.lumpsum && !lumpsumAmount) missing.push({ nl: 'de lumpsum per jaar', en: 'the lump sum a year' });
  if (years === null || years < 1 || years > 15) missing.push({ nl: 'het aantal jaren (1 t/m 15)', en: 'the number of years (1 to 15)' });
  if (missing.length > 0) return clarify(language, missing, variants);

  const input: CompareFinancingOptions = { years: years as number };
  if (variants.pq && volume && unitPrice) input.inspanningsgericht = { volume: volume.value, pricePerUnit: unitPrice.value, ...(volume.unit ? { unit: volume.unit } : {}) };
  if (variants.trajectory && trajectories && trajectoryPrice) input.outputgericht = { trajectories: trajectories.value, pricePerTrajectory: trajectoryPrice.value };
  if (variants.lumpsum && lumpsumAmount) input.taakgericht = { lumpsum: lumpsumAmount.value };
  const growth = percentAfter(question, amounts, /(?:volumegroei|groei|growth)/);
  const indexation = percentAfter(question, amounts, /(?:indexatie|indexering|indexation|inflatie|inflation)/);
  if (growth !== undefined) input.volumeGrowthPercent = growth;
  if (indexation !== undefined) input.priceIndexationPercent = indexation;
  return { kind: 'tool', tool: 'compare_financing', input };
}

function clarify(language: Language, missing: MissingInput[], variants: { pq: boolean }): ClarifyRoute<'compare_financing'> {
  const exampleNl = variants.pq ? '"P is € 95 per uur, Q is 120.000 uur per jaar, over 4 jaar, vergeleken met een lumpsum van 11,5 miljoen"' : '"een lumpsum van 11,5 miljoen tegenover 400 trajecten à € 28.000, over 4 jaar"';
  const exampleEn = variants.pq ? '"P is €95 per hour, Q is 120,000 hours a year, over 4 years, compared with a lump sum of 11.5 million"' : '"a lump sum of 11.5 million versus 400 trajectories at €28,000, over 4 years"';
  return {
    kind: 'clarify',
    tool: 'compare_financing',
    message: language === 'nl'
      ? `Om de bekostigingsvarianten te vergelijken heb ik nog nodig: ${listMissingInputs({ missing, language: 'nl' })}. Ik vul zelf geen prijzen of volumes in. ${variants.pq ? 'Noem het aantal eenheden per jaar en de prijs per eenheid' : 'Noem de ontbrekende gegevens'}, bijvoorbeeld: ${exampleNl}.`
      : `To compare the funding variants I still need: ${listMissingInputs({ missing, language: 'en' })}. I do not fill in prices or volumes myself. ${variants.pq ? 'Give the number of units a year and the price per unit' : 'Give the missing figures'}, for example: ${exampleEn}.`,
  };
}

/** The amount written right after a keyword ("lumpsum van 11,5 miljoen"). */
function amountAfter(question: string, amounts: ParsedAmount[], keyword: RegExp): ParsedAmount | undefined {
  for (const hit of question.toLowerCase().matchAll(new RegExp(keyword.source, 'g'))) {
    const after = amounts.find((amount) => amount.index >= hit.index && amount.index - hit.index < 40);
    if (after) return after;
  }
  return undefined;
}

/** "€ 95 per uur", "P is € 95", "€ 95 per eenheid", "tarief van € 95". */
function isPerUnit(question: string, amount: ParsedAmount): boolean {
  const around = question.slice(Math.max(0, amount.index - 25), amount.index + amount.raw.length + 20).toLowerCase();
  return /\bp\b|per (?:uur|eenheid|dag|dagdeel|etmaal|hour|unit|day)|tarief|prijs|price|rate|à|@|\bat\b/.test(around);
}

function percentAfter(question: string, amounts: ParsedAmount[], keyword: RegExp): number | undefined {
  const hit = keyword.exec(question.toLowerCase());
  if (!hit) return undefined;
  return amounts.find((amount) => amount.kind === 'percentage' && Math.abs(amount.index - hit.index) < 40)?.value;
}
