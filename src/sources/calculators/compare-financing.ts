import { z } from 'zod';
import { parseCalculatorInput } from '../../lib/input/index.ts';
import { type Bilingual, roundMoney, roundPercent } from '../../lib/index.ts';
import {
  bilingual, nonNegativeNumber, positiveNumber, sharePercent, wholeNumberBetween, yearlyChangePercent,
} from '../../lib/input/index.ts';
import { settleRiskCorridor, type RiskCorridorSettlement } from './risk-corridor.ts';

/**
 * Compares the three uitvoeringsvarianten over N years:
 * - inspanningsgericht: volume × price per unit ("P maal Q");
 * - outputgericht: trajectories × trajectory price;
 * - taakgericht: lumpsum, indexed yearly, optionally reduced by a transformation target and
 *   settled through a risk corridor against the expected actual cost.
 * Year 1 uses the base values; year t applies (1 + growth)^(t−1) to volumes and
 * (1 + indexation)^(t−1) to prices. Growth and indexation default to 0; prices are never assumed.
 */
export const financingVariants = ['inspanningsgericht', 'outputgericht', 'taakgericht'] as const;
export type FinancingVariant = (typeof financingVariants)[number];

export const financingVariantLabels: Record<FinancingVariant, Bilingual> = {
  inspanningsgericht: { nl: 'Inspanningsgericht (P × Q)', en: 'Effort-based (price × quantity)' },
  outputgericht: { nl: 'Outputgericht (trajectprijs)', en: 'Output-based (price per trajectory)' },
  taakgericht: { nl: 'Taakgericht (lumpsum)', en: 'Task-based (lump sum)' },
};

export const compareFinancingInput = z
  .object({
    years: wholeNumberBetween('Aantal jaren', 'Number of years', 1, 15)
      .describe('Looptijd van de vergelijking in jaren (1 t/m 15).'),
    volumeGrowthPercent: yearlyChangePercent('Volumegroei', 'Volume growth').default(0)
      .describe('Jaarlijkse volumegroei in procenten (3 = +3 % per jaar, mag negatief). Geldt voor volume, aantal trajecten en de verwachte werkelijke kosten. Standaard 0.'),
    priceIndexationPercent: yearlyChangePercent('Prijsindexatie', 'Price indexation').default(0)
      .describe('Jaarlijkse prijsindexatie in procenten (2,5 = +2,5 % per jaar). Geldt voor prijs per eenheid, trajectprijs, verwachte werkelijke kosten en (tenzij apart opgegeven) de lumpsum. Standaard 0.'),
    inspanningsgericht: z
      .object({
        volume: nonNegativeNumber('Volume', 'Volume')
          .describe('Aantal eenheden (uren, dagdelen, etmalen) in jaar 1.'),
        pricePerUnit: nonNegativeNumber('Prijs per eenheid', 'Price per unit')
          .describe('Tarief per eenheid in euro in jaar 1 (P). Alleen invullen als de gebruiker dit noemt.'),
        unit: z.string().max(40).optional().describe('Naam van de eenheid, bijv. "uur" of "etmaal".'),
      })
      .optional()
      .describe('Inspanningsgerichte variant: betalen per geleverde eenheid (P maal Q).'),
    outputgericht: z
      .object({
        trajectories: nonNegativeNumber('Aantal trajecten', 'Number of trajectories')
          .describe('Aantal trajecten in jaar 1.'),
        pricePerTrajectory: nonNegativeNumber('Trajectprijs', 'Price per trajectory')
          .describe('Prijs per traject in euro in jaar 1. Alleen invullen als de gebruiker dit noemt.'),
      })
      .optional()
      .describe('Outputgerichte variant: betalen per traject (trajectprijs).'),
    taakgericht: z
      .object({
        lumpsum: positiveNumber('Lumpsum', 'Lump sum').describe('Lumpsum in euro in jaar 1.'),
        indexationPercent: yearlyChangePercent('Indexatie lumpsum', 'Lump-sum indexation').optional()
          .describe('Jaarlijkse indexatie van de lumpsum in procenten; zonder waarde geldt de algemene prijsindexatie.'),
        transformationTargetPercent: sharePercent('Transformatiedoelstelling', 'Transformation target')
          .max(99.99, { error: bilingual('Transformatiedoelstelling moet kleiner zijn dan 100 %', 'Transformation target must be below 100 %') })
          .default(0)
          .describe('Taakstelling: jaarlijkse procentuele verlaging van de lumpsum (2 = elk jaar 2 % minder, cumulatief). Standaard 0.'),
        riskCorridor: z
          .object({
            corridorPercent: sharePercent('Bandbreedte risicocorridor', 'Risk corridor width')
              .describe('Bandbreedte in procenten van de lumpsum (5 = ±5 %); afwijkingen daarbinnen draagt de aanbieder zelf.'),
            gemeenteSharePercent: sharePercent('Aandeel gemeente', 'Gemeente share')
              .describe('Aandeel in procenten dat de gemeente draagt van de over- of onderbesteding buiten de bandbreedte (50 = gelijk delen).'),
            expectedActualCost: nonNegativeNumber('Bedrag verwachte werkelijke kosten', 'Expected actual cost')
              .describe('Verwachte werkelijke kosten van de aanbieder in jaar 1 in euro; groeit mee met volumegroei en prijsindexatie.'),
          })
          .optional()
          .describe('Optionele risicocorridor (risicoverevening) tussen gemeente en aanbieder.'),
      })
      .optional()
      .describe('Taakgerichte variant: één lumpsum voor een taak.'),
  })
  .refine((input) => input.inspanningsgericht ?? input.outputgericht ?? input.taakgericht, {
    error: bilingual('Geef minstens één variant op', 'Provide at least one variant'),
  })
  .describe('Vergelijk bekostigingsvarianten (inspanningsgericht, outputgericht, taakgericht) over meerdere jaren.');

export type CompareFinancingOptions = z.input<typeof compareFinancingInput>;

export interface FinancingYearRow {
  year: number;
  /** (1 + volume growth)^(year − 1). */
  volumeFactor: number;
  /** (1 + price indexation)^(year − 1). */
  priceFactor: number;
  inspanningsgericht?: { volume: number; pricePerUnit: number; cost: number };
  outputgericht?: { trajectories: number; pricePerTrajectory: number; cost: number };
  taakgericht?: {
    /** (1 + lumpsum indexation)^(year − 1). */
    indexationFactor: number;
    /** (1 − transformation target)^(year − 1). */
    transformationFactor: number;
    lumpsum: number;
    riskCorridor?: RiskCorridorSettlement;
    /** What the gemeente pays: lumpsum plus any corridor settlement. */
    cost: number;
  };
}

export interface FinancingComparisonEntry {
  variant: FinancingVariant;
  label: Bilingual;
  total: number;
  differenceVsCheapest: number;
  /** Difference as % of the cheapest total (null when the cheapest total is 0). */
  differencePercentVsCheapest: number | null;
}

export interface CompareFinancingResult {
  years: FinancingYearRow[];
  totals: Partial<Record<FinancingVariant, number>>;
  /** Variants sorted from cheapest to most expensive. */
  comparison: FinancingComparisonEntry[];
  cheapest: FinancingVariant;
  formulas: Partial<Record<FinancingVariant, Bilingual>>;
  /** Defaults applied because the input did not give a value. */
  assumptions: Bilingual<string[]>;
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

export function compareFinancingVariants(options: CompareFinancingOptions): CompareFinancingResult {
  const input = parseCalculatorInput({ schema: compareFinancingInput, input: options, calculator: 'compareFinancingVariants' });
  const growth = input.volumeGrowthPercent / 100;
  const indexation = input.priceIndexationPercent / 100;
  const taak = input.taakgericht;
  const lumpsumIndexation = (taak?.indexationPercent ?? input.priceIndexationPercent) / 100;
  const reduction = (taak?.transformationTargetPercent ?? 0) / 100;

  const rows: FinancingYearRow[] = [];
  for (let year = 1; year <= input.years; year++) {
    const volumeFactor = (1 + growth) ** (year - 1);
    const priceFactor = (1 + indexation) ** (year - 1);
    const row: FinancingYearRow = { year, volumeFactor: round6(volumeFactor), priceFactor: round6(priceFactor) };
    if (input.inspanningsgericht) {
      const volume = input.inspanningsgericht.volume * volumeFactor;
      const pricePerUnit = input.inspanningsgericht.pricePerUnit * priceFactor;
      row.inspanningsgericht = { volume: round6(volume), pricePerUnit: roundMoney(pricePerUnit), cost: roundMoney(volume * pricePerUnit) };
    }
    if (input.outputgericht) {
      const trajectories = input.outputgericht.trajectories * volumeFactor;
      const price = input.outputgericht.pricePerTrajectory * priceFactor;
      row.outputgericht = { trajectories: round6(trajectories), pricePerTrajectory: roundMoney(price), cost: roundMoney(trajectories * price) };
    }
    if (taak) {
      const indexationFactor = (1 + lumpsumIndexation) ** (year - 1);
      const transformationFactor = (1 - reduction) ** (year - 1);
      const lumpsum = taak.lumpsum * indexationFactor * transformationFactor;
      const corridor = taak.riskCorridor
        ? settleRiskCorridor({
            lumpsum,
            expectedActualCost: taak.riskCorridor.expectedActualCost * volumeFactor * priceFactor,
            corridorPercent: taak.riskCorridor.corridorPercent,
            gemeenteSharePercent: taak.riskCorridor.gemeenteSharePercent,
          })
        : undefined;
      row.taakgericht = {
        indexationFactor: round6(indexationFactor),
        transformationFactor: round6(transformationFactor),
        lumpsum: roundMoney(lumpsum),
        ...(corridor ? { riskCorridor: roundSettlement(corridor) } : {}),
        cost: roundMoney(corridor ? corridor.gemeenteCost : lumpsum),
      };
    }
    rows.push(row);
  }

  const present = financingVariants.filter((variant) => input[variant] !== undefined);
  const totals: Partial<Record<FinancingVariant, number>> = {};
  for (const variant of present) {
    totals[variant] = roundMoney(rows.reduce((sum, row) => sum + (row[variant]?.cost ?? 0), 0));
  }
  const sorted = [...present].sort((a, b) => (totals[a] ?? 0) - (totals[b] ?? 0));
  const cheapest = sorted[0] as FinancingVariant;
  const cheapestTotal = totals[cheapest] ?? 0;
  const comparison = sorted.map((variant): FinancingComparisonEntry => {
    const difference = roundMoney((totals[variant] ?? 0) - cheapestTotal);
    return {
      variant,
      label: financingVariantLabels[variant],
      total: totals[variant] ?? 0,
      differenceVsCheapest: difference,
      differencePercentVsCheapest: cheapestTotal === 0 ? null : roundPercent((difference / cheapestTotal) * 100),
    };
  });

  return { years: rows, totals, comparison, cheapest, formulas: describeFormulas(present, taak?.riskCorridor !== undefined), assumptions: describeAssumptions(options) };
}

function roundSettlement(settlement: RiskCorridorSettlement): RiskCorridorSettlement {
  const rounded = { ...settlement };
  for (const key of Object.keys(rounded) as (keyof RiskCorridorSettlement)[]) rounded[key] = roundMoney(rounded[key]);
  return rounded;
}

function describeFormulas(variants: FinancingVariant[], withCorridor: boolean): CompareFinancingResult['formulas'] {
  const formulas: CompareFinancingResult['formulas'] = {};
  for (const variant of variants) {
    if (variant === 'inspanningsgericht') {
      formulas[variant] = { nl: 'kosten = volume × (1 + groei)^(jaar−1) × prijs per eenheid × (1 + indexatie)^(jaar−1)', en: 'cost = volume × (1 + growth)^(year−1) × price per unit × (1 + indexation)^(year−1)' };
    } else if (variant === 'outputgericht') {
      formulas[variant] = { nl: 'kosten = trajecten × (1 + groei)^(jaar−1) × trajectprijs × (1 + indexatie)^(jaar−1)', en: 'cost = trajectories × (1 + growth)^(year−1) × price per trajectory × (1 + indexation)^(year−1)' };
    } else {
      const corridorNl = withCorridor ? '; plus aandeel gemeente in afwijking buiten de bandbreedte (verwachte kosten − lumpsum ∓ bandbreedte)' : '';
      const corridorEn = withCorridor ? '; plus the gemeente share of the deviation beyond the corridor (expected cost − lump sum ∓ corridor)' : '';
      formulas[variant] = { nl: `kosten = lumpsum × (1 + indexatie)^(jaar−1) × (1 − taakstelling)^(jaar−1)${corridorNl}`, en: `cost = lump sum × (1 + indexation)^(year−1) × (1 − reduction target)^(year−1)${corridorEn}` };
    }
  }
  return formulas;
}

function describeAssumptions(options: CompareFinancingOptions): CompareFinancingResult['assumptions'] {
  const nl: string[] = [];
  const en: string[] = [];
  if (options.volumeGrowthPercent === undefined) {
    nl.push('Geen volumegroei opgegeven: 0 % per jaar aangenomen.');
    en.push('No volume growth given: 0 % a year assumed.');
  }
  if (options.priceIndexationPercent === undefined) {
    nl.push('Geen prijsindexatie opgegeven: 0 % per jaar aangenomen.');
    en.push('No price indexation given: 0 % a year assumed.');
  }
  if (options.taakgericht && options.taakgericht.indexationPercent === undefined) {
    nl.push('Lumpsum geïndexeerd met de algemene prijsindexatie.');
    en.push('Lump sum indexed with the general price indexation.');
  }
  return { nl, en };
}
