import { RESIDENTIEEL_CATEGORIEEN, VERBLIJF_CATEGORIEEN, type Productcategorie } from './productcategorieen.ts';

export const REGISTRATION_METRICS = [
  'jeugdhulp_met_verblijf',
  'residentiele_plaatsingen',
  'nieuwe_plaatsingen',
  'beeindigde_plaatsingen',
  'lopend_op',
  'gemiddelde_duur',
  'kosten',
] as const;
export type RegistrationMetric = (typeof REGISTRATION_METRICS)[number];

/** Which productcategorieën a metric covers. */
export const METRIC_SCOPES = ['residentieel', 'verblijf', 'alle'] as const;
export type MetricScope = (typeof METRIC_SCOPES)[number];

export interface BilingualText {
  nl: string;
  en: string;
}

/** Metrics whose scope is part of their name; the others default to `residentieel` except kosten (`alle`). */
export const FIXED_SCOPE: Partial<Record<RegistrationMetric, MetricScope>> = {
  jeugdhulp_met_verblijf: 'verblijf',
  residentiele_plaatsingen: 'residentieel',
};

export function defaultScopeFor(metric: RegistrationMetric): MetricScope {
  return FIXED_SCOPE[metric] ?? (metric === 'kosten' ? 'alle' : 'residentieel');
}

/** null = every productcategorie. */
export function scopeCategories(scope: MetricScope): readonly Productcategorie[] | null {
  switch (scope) {
    case 'residentieel':
      return RESIDENTIEEL_CATEGORIEEN;
    case 'verblijf':
      return VERBLIJF_CATEGORIEEN;
    case 'alle':
      return null;
  }
}

export const SCOPE_LABELS: Record<MetricScope, BilingualText> = {
  residentieel: {
    nl: 'residentiële jeugdhulp (productcategorie 37, 38, 43 en 44; zonder pleegzorg 35 en gezinsgericht verblijf 36)',
    en: 'residential youth care (productcategorie 37, 38, 43 and 44; excluding foster care 35 and family-based care 36)',
  },
  verblijf: {
    nl: 'jeugdhulp met verblijf (productcategorie 35, 36, 37, 38, 43 en 44; inclusief pleegzorg en gezinsgericht verblijf)',
    en: 'youth care with accommodation (productcategorie 35, 36, 37, 38, 43 and 44; including foster care and family-based care)',
  },
  alle: { nl: 'alle productcategorieën', en: 'all productcategorieën' },
};

export const METRIC_LABELS: Record<RegistrationMetric, BilingualText> = {
  jeugdhulp_met_verblijf: { nl: 'Jeugdhulp met verblijf (unieke cliënten)', en: 'Youth care with accommodation (distinct clients)' },
  residentiele_plaatsingen: { nl: 'Residentiële plaatsingen (unieke cliënten)', en: 'Residential placements (distinct clients)' },
  nieuwe_plaatsingen: { nl: 'Nieuwe plaatsingen', en: 'New placements' },
  beeindigde_plaatsingen: { nl: 'Beëindigde plaatsingen', en: 'Ended placements' },
  lopend_op: { nl: 'Lopende plaatsingen op peildatum', en: 'Placements running on the reference date' },
  gemiddelde_duur: { nl: 'Gemiddelde duur van plaatsingen (dagen)', en: 'Average placement duration (days)' },
  kosten: { nl: 'Kosten van toewijzingen (euro)', en: 'Cost of allocations (euro)' },
};

const OVERLAP_NL = 'een toewijzing telt mee als de begindatum op of vóór het einde van de periode ligt en de einddatum leeg is (loopt nog) of op of na het begin van de periode ligt';
const OVERLAP_EN = 'an allocation counts when its begindatum is on or before the end of the period and its einddatum is empty (still running) or on or after the start of the period';
const ONCE_NL = 'Een cliënt met meerdere toewijzingen telt één keer.';
const ONCE_EN = 'A client with several allocations counts once.';

/**
 * The written definition of a metric for the given scope, to be quoted with every figure.
 * Counts are per pseudonymised client_id in the gemeente's own registration (toewijzingen).
 */
export function metricDefinition({ metric, scope }: { metric: RegistrationMetric; scope: MetricScope }): BilingualText {
  const s = SCOPE_LABELS[scope];
  switch (metric) {
    case 'jeugdhulp_met_verblijf':
    case 'residentiele_plaatsingen':
      return {
        nl: `Aantal unieke cliënten met ten minste één toewijzing in ${s.nl} die de periode overlapt: ${OVERLAP_NL}. ${ONCE_NL}`,
        en: `Number of distinct clients with at least one allocation in ${s.en} overlapping the period: ${OVERLAP_EN}. ${ONCE_EN}`,
      };
    case 'nieuwe_plaatsingen':
      return {
        nl: `Aantal unieke cliënten met een toewijzing in ${s.nl} waarvan de begindatum in de periode ligt, en het aantal van die toewijzingen. Een verlenging of overgang naar een andere aanbieder die als nieuwe toewijzing is geregistreerd, telt ook als nieuwe toewijzing.`,
        en: `Number of distinct clients with an allocation in ${s.en} whose begindatum lies in the period, and the number of those allocations. An extension or move to another provider registered as a new allocation also counts as new.`,
      };
    case 'beeindigde_plaatsingen':
      return {
        nl: `Aantal unieke cliënten met een toewijzing in ${s.nl} waarvan de einddatum in de periode ligt, en het aantal van die toewijzingen. Toewijzingen zonder einddatum lopen nog en tellen niet mee.`,
        en: `Number of distinct clients with an allocation in ${s.en} whose einddatum lies in the period, and the number of those allocations. Allocations without einddatum are still running and do not count.`,
      };
    case 'lopend_op':
      return {
        nl: `Aantal unieke cliënten met een toewijzing in ${s.nl} die op de peildatum loopt: begindatum op of vóór de peildatum en einddatum leeg of op of na de peildatum. ${ONCE_NL}`,
        en: `Number of distinct clients with an allocation in ${s.en} running on the reference date: begindatum on or before it and einddatum empty or on or after it. ${ONCE_EN}`,
      };
    case 'gemiddelde_duur':
      return {
        nl: `Gemiddelde duur in dagen (begin- en einddag meegeteld) van de toewijzingen in ${s.nl} met een einddatum in de periode. Daarnaast de gemiddelde duur van alle toewijzingen die de periode overlappen, waarbij toewijzingen die na de periode eindigen of nog lopen worden geteld tot het einde van de periode. Per toewijzing, niet per cliënt: opeenvolgende toewijzingen van één cliënt worden niet samengevoegd.`,
        en: `Average duration in days (first and last day included) of the allocations in ${s.en} with an einddatum in the period. Also the average duration of all allocations overlapping the period, with allocations still running or ending after the period counted until the end of the period. Per allocation, not per client: consecutive allocations of one client are not merged.`,
      };
    case 'kosten':
      return {
        nl: `Som van de kosten van de toewijzingen in ${s.nl} die de periode overlappen (${OVERLAP_NL}), met het volledige bedrag per toewijzing, ook het deel buiten de periode. Is kosten leeg, dan telt volume × tarief. Toewijzingen zonder kosten en zonder volume of tarief tellen niet mee en worden apart genoemd. Daarnaast een schatting naar rato van de dagen in de periode, alleen voor toewijzingen met een einddatum.`,
        en: `Sum of the cost of the allocations in ${s.en} overlapping the period (${OVERLAP_EN}), taking the full amount of each allocation, including any part outside the period. When kosten is empty, volume × tarief is used. Allocations with neither kosten nor volume and tarief are left out and reported separately. Also an estimate pro rata to the days in the period, only for allocations with an einddatum.`,
      };
  }
}
