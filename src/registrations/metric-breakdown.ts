import { maxDate, minDate, monthsBetween } from './calendar-date.ts';
import { evaluateMetric, overlapsPeriod, type MetricFigures, type MetricPeriod } from './evaluate-metric.ts';
import { gemeenteLabel } from './gemeente-codes.ts';
import type { BilingualText, RegistrationMetric } from './metric-definitions.ts';
import { productcategorieLabel } from './productcategorieen.ts';
import type { Allocation } from './registration-row.ts';

export const REGISTRATION_GROUP_BYS = ['gemeente', 'aanbieder', 'productcategorie', 'maand'] as const;
export type RegistrationGroupBy = (typeof REGISTRATION_GROUP_BYS)[number];

export interface MetricGroup extends MetricFigures {
  /** 'GM0405', aanbieder name, '37', or '2025-03'. */
  key: string;
  /** Display label: "Hoorn (GM0405)", "37 Gesloten plaatsing", "2025-03". */
  label: string;
  /** For maand: the part of the period inside that month. */
  period: MetricPeriod;
}

export interface MetricBreakdown {
  groupBy: RegistrationGroupBy;
  groups: MetricGroup[];
  /** Why the groups need not add up to the total. */
  note: BilingualText;
}

const UNKNOWN_AANBIEDER = '(aanbieder onbekend)';

const NOTES: Record<RegistrationGroupBy, BilingualText> = {
  maand: {
    nl: 'Per maand telt een toewijzing mee in elke maand die zij overlapt; de maanden tellen daarom niet op tot het totaal over de periode.',
    en: 'Per month an allocation counts in every month it overlaps, so the months do not add up to the total for the period.',
  },
  aanbieder: {
    nl: 'Een cliënt met toewijzingen bij meer aanbieders telt bij elke aanbieder; de groepen kunnen samen meer cliënten tellen dan het totaal.',
    en: 'A client with allocations at several providers counts at each; the groups may add up to more clients than the total.',
  },
  productcategorie: {
    nl: 'Een cliënt met toewijzingen in meer productcategorieën telt in elke categorie; de groepen kunnen samen meer cliënten tellen dan het totaal.',
    en: 'A client with allocations in several categories counts in each; the groups may add up to more clients than the total.',
  },
  gemeente: {
    nl: 'Een cliënt met toewijzingen van meer gemeenten telt bij elke gemeente.',
    en: 'A client with allocations from several gemeenten counts at each.',
  },
};

/** Evaluates the metric per group; for maand each group uses the part of the period in that month. */
export function breakDownMetric({ metric, allocations, period, groupBy }: {
  metric: RegistrationMetric;
  allocations: readonly Allocation[];
  period: MetricPeriod;
  groupBy: RegistrationGroupBy;
}): MetricBreakdown {
  if (groupBy === 'maand') {
    const groups = monthsBetween(period).map((month): MetricGroup => {
      const part = { from: maxDate(month.first, period.from), to: minDate(month.last, period.to) };
      const inMonth = allocations.filter((allocation) => overlapsPeriod(allocation, part));
      return { key: month.key, label: month.key, period: part, ...evaluateMetric({ metric, allocations: inMonth, period: part }) };
    });
    return { groupBy, groups, note: NOTES.maand };
  }
  const byKey = new Map<string, Allocation[]>();
  for (const allocation of allocations) {
    const key = groupKey(allocation, groupBy);
    const list = byKey.get(key);
    if (list) list.push(allocation);
    else byKey.set(key, [allocation]);
  }
  const groups = [...byKey.entries()].map(([key, members]): MetricGroup => ({
    key,
    label: groupLabel(key, groupBy),
    period,
    ...evaluateMetric({ metric, allocations: members, period }),
  }));
  groups.sort((a, b) => (groupBy === 'aanbieder' ? b.clients - a.clients : 0) || a.key.localeCompare(b.key));
  return { groupBy, groups, note: NOTES[groupBy] };
}

function groupKey(allocation: Allocation, groupBy: Exclude<RegistrationGroupBy, 'maand'>): string {
  switch (groupBy) {
    case 'gemeente':
      return allocation.gemeenteCode;
    case 'aanbieder':
      return allocation.aanbieder ?? UNKNOWN_AANBIEDER;
    case 'productcategorie':
      return allocation.productcategorie;
  }
}

function groupLabel(key: string, groupBy: Exclude<RegistrationGroupBy, 'maand'>): string {
  switch (groupBy) {
    case 'gemeente':
      return gemeenteLabel(key);
    case 'aanbieder':
      return key;
    case 'productcategorie':
      return productcategorieLabel(key);
  }
}
