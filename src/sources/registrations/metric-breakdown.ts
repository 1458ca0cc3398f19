import { maxDate, minDate } from './calendar-date.ts';
import { calendarPeriodsBetween, oneYearEarlier, type CalendarUnit } from './calendar-periods.ts';
import { evaluateMetric, overlapsPeriod, type MetricFigures, type MetricPeriod } from './evaluate-metric.ts';
import { gemeenteLabel } from './gemeente-codes.ts';
import type { BilingualText, RegistrationMetric } from './metric-definitions.ts';
import { productcategorieLabel } from './productcategorieen.ts';
import type { Allocation } from './registration-row.ts';

export const REGISTRATION_GROUP_BYS = ['gemeente', 'aanbieder', 'productcategorie', 'maand', 'kwartaal', 'jaar'] as const;
export type RegistrationGroupBy = (typeof REGISTRATION_GROUP_BYS)[number];

const CALENDAR_UNITS: readonly RegistrationGroupBy[] = ['maand', 'kwartaal', 'jaar'];

export function isCalendarGroupBy(groupBy: RegistrationGroupBy): groupBy is CalendarUnit {
  return CALENDAR_UNITS.includes(groupBy);
}

/** The same metric over the same dates one year earlier. */
export interface SamePeriodLastYear extends MetricFigures {
  period: MetricPeriod;
  /** This period's value minus last year's; null when either has no value. */
  change: number | null;
  /** The change as a percentage of last year's value, one decimal; null when last year's value is 0 or missing. */
  changePercent: number | null;
}

export interface MetricGroup extends MetricFigures {
  /** 'GM0405', aanbieder name, '37', '2025-03', '2025-K1' or '2025'. */
  key: string;
  /** Display label: "Hoorn (GM0405)", "37 Gesloten plaatsing", "2025-03", "2025-K1", "2025". */
  label: string;
  /** For maand, kwartaal and jaar: the part of the period inside that month, quarter or year. */
  period: MetricPeriod;
  /**
   * For maand, kwartaal and jaar: the same dates one year earlier, when they lie inside the asked
   * period (so the allocations behind them were read); null otherwise.
   */
  samePeriodLastYear: SamePeriodLastYear | null;
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
  kwartaal: {
    nl: 'Per kwartaal telt een toewijzing mee in elk kwartaal dat zij overlapt; de kwartalen tellen daarom niet op tot het totaal over de periode.',
    en: 'Per quarter an allocation counts in every quarter it overlaps, so the quarters do not add up to the total for the period.',
  },
  jaar: {
    nl: 'Per jaar telt een toewijzing mee in elk jaar dat zij overlapt; de jaren tellen daarom niet op tot het totaal over de periode.',
    en: 'Per year an allocation counts in every year it overlaps, so the years do not add up to the total for the period.',
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

/**
 * Evaluates the metric per group; for maand, kwartaal and jaar each group uses the part of the
 * period in that month, quarter or year, with the same dates one year earlier beside it.
 */
export function breakDownMetric({ metric, allocations, period, groupBy }: {
  metric: RegistrationMetric;
  allocations: readonly Allocation[];
  period: MetricPeriod;
  groupBy: RegistrationGroupBy;
}): MetricBreakdown {
  if (isCalendarGroupBy(groupBy)) {
    const evaluate = (part: MetricPeriod): MetricFigures =>
      evaluateMetric({ metric, allocations: allocations.filter((allocation) => overlapsPeriod(allocation, part)), period: part });
    const groups = calendarPeriodsBetween(period, groupBy).map((calendar): MetricGroup => {
      const part = { from: maxDate(calendar.first, period.from), to: minDate(calendar.last, period.to) };
      const earlier = { from: oneYearEarlier(part.from), to: oneYearEarlier(part.to) };
      const figures = evaluate(part);
      const samePeriodLastYear = earlier.from >= period.from ? compareWith(figures, earlier, evaluate(earlier)) : null;
      const partial = part.from !== calendar.first || part.to !== calendar.last;
      const label = partial ? `${calendar.key} (${part.from} – ${part.to})` : calendar.key;
      return { key: calendar.key, label, period: part, ...figures, samePeriodLastYear };
    });
    return { groupBy, groups, note: NOTES[groupBy] };
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
    samePeriodLastYear: null,
  }));
  groups.sort((a, b) => (groupBy === 'aanbieder' ? b.clients - a.clients : 0) || a.key.localeCompare(b.key));
  return { groupBy, groups, note: NOTES[groupBy] };
}

function compareWith(current: MetricFigures, period: MetricPeriod, earlier: MetricFigures): SamePeriodLastYear {
  const change = current.value !== null && earlier.value !== null ? Math.round((current.value - earlier.value) * 100) / 100 : null;
  const changePercent = change !== null && earlier.value ? Math.round((change / earlier.value) * 1000) / 10 : null;
  return { period, ...earlier, change, changePercent };
}

function groupKey(allocation: Allocation, groupBy: Exclude<RegistrationGroupBy, CalendarUnit>): string {
  switch (groupBy) {
    case 'gemeente':
      return allocation.gemeenteCode;
    case 'aanbieder':
      return allocation.aanbieder ?? UNKNOWN_AANBIEDER;
    case 'productcategorie':
      return allocation.productcategorie;
  }
}

function groupLabel(key: string, groupBy: Exclude<RegistrationGroupBy, CalendarUnit>): string {
  switch (groupBy) {
    case 'gemeente':
      return gemeenteLabel(key);
    case 'aanbieder':
      return key;
    case 'productcategorie':
      return productcategorieLabel(key);
  }
}
