import { isIsoDate, type IsoDate } from './calendar-date.ts';
import { evaluateMetric, type MetricFigures, type MetricPeriod } from './evaluate-metric.ts';
import { breakDownMetric, isCalendarGroupBy, type MetricBreakdown, type RegistrationGroupBy } from './metric-breakdown.ts';
import {
  defaultScopeFor,
  FIXED_SCOPE,
  METRIC_LABELS,
  metricDefinition,
  scopeCategories,
  SCOPE_LABELS,
  type BilingualText,
  type MetricScope,
  type RegistrationMetric,
} from './metric-definitions.ts';
import { metricNotes, metricWarnings } from './metric-notes.ts';
import { RegistrationQueryError } from './registration-query-error.ts';
import type { RegistrationReader } from './registration-reader.ts';
import { describeRegistrationSource, type RegistrationSource } from './registration-source.ts';

export type MetricUnit = 'clienten' | 'euro' | 'dagen';

/** One answered registration question: figures first, then what they mean and where they come from. */
export interface RegistrationMetricResult extends MetricFigures {
  metric: RegistrationMetric;
  unit: MetricUnit;
  label: BilingualText;
  definition: BilingualText;
  scope: { name: MetricScope; label: BilingualText; productcategorieen: string[] | 'alle' };
  /** The period used; for lopend_op from = to = peildatum. */
  period: MetricPeriod;
  /** The gemeente filtered on, or null (see gemeenteCodes). */
  gemeenteCode: string | null;
  /** Every gemeente filtered on (one for gemeenteCode, several for a comparison); null = the whole registration. */
  gemeenteCodes: string[] | null;
  /** The gemeentecodes the registration holds, sorted: what "the registration" covers. */
  registrationGemeenteCodes: string[];
  breakdown: MetricBreakdown | null;
  /** Dutch remarks that belong with the figure (sample data, missing amounts). */
  notes: string[];
  /** Dutch warnings on completeness (period outside the registered data). */
  warnings: string[];
  source: RegistrationSource;
}

export interface ComputeRegistrationMetricOptions {
  reader: RegistrationReader;
  metric: RegistrationMetric;
  /** Period start and end (ISO dates, inclusive); for lopend_op both are the peildatum. */
  from: IsoDate;
  to: IsoDate;
  gemeenteCode?: string;
  /** Several gemeenten at once, e.g. to compare them (with groupBy gemeente). */
  gemeenteCodes?: readonly string[];
  groupBy?: RegistrationGroupBy;
  /** Only for metrics without a scope in their name; see `defaultScopeFor`. */
  scope?: MetricScope;
}

export const METRIC_UNITS: Record<RegistrationMetric, MetricUnit> = {
  jeugdhulp_met_verblijf: 'clienten',
  residentiele_plaatsingen: 'clienten',
  nieuwe_plaatsingen: 'clienten',
  beeindigde_plaatsingen: 'clienten',
  lopend_op: 'clienten',
  gemiddelde_duur: 'dagen',
  kosten: 'euro',
};

/** Computes one metric from the registration. Throws RegistrationQueryError rather than report a number it cannot back. */
export function computeRegistrationMetric({ reader, metric, from, to, gemeenteCode, gemeenteCodes, groupBy, scope }: ComputeRegistrationMetricOptions): RegistrationMetricResult {
  const effectiveScope = checkOptions({ metric, from, to, groupBy, scope });
  const summary = reader.summary();
  if (summary.allocationCount === 0) {
    throw new RegistrationQueryError({ reason: 'no-data', message: 'Er is nog geen eigen registratie (toewijzingen) geïmporteerd; er is dus geen cijfer te geven.' });
  }
  const filter = [...new Set([...(gemeenteCode !== undefined ? [gemeenteCode] : []), ...(gemeenteCodes ?? [])])];
  const absent = filter.filter((code) => !summary.gemeenteCodes.includes(code));
  if (absent.length > 0) {
    throw new RegistrationQueryError({
      reason: 'unknown-gemeente',
      message: `Gemeente ${absent.join(', ')} komt niet voor in de eigen registratie; wel aanwezig: ${summary.gemeenteCodes.join(', ')}.`,
    });
  }
  const period = { from, to };
  const categories = scopeCategories(effectiveScope);
  const allocations = reader.findAllocations({
    ...period,
    ...(filter.length > 0 ? { gemeenteCodes: filter } : {}),
    productcategorieen: categories ?? undefined,
  });
  const figures = evaluateMetric({ metric, allocations, period });
  const breakdown = groupBy ? breakDownMetric({ metric, allocations, period, groupBy }) : null;
  const source = describeRegistrationSource({
    imports: reader.listImports(),
    importIds: new Set(allocations.map((allocation) => allocation.importId)),
  });
  return {
    clients: figures.clients,
    value: figures.value,
    allocations: figures.allocations,
    details: figures.details,
    metric,
    unit: METRIC_UNITS[metric],
    label: METRIC_LABELS[metric],
    definition: metricDefinition({ metric, scope: effectiveScope }),
    scope: { name: effectiveScope, label: SCOPE_LABELS[effectiveScope], productcategorieen: categories ? [...categories] : 'alle' },
    period,
    gemeenteCode: filter.length === 1 ? filter[0]! : null,
    gemeenteCodes: filter.length > 0 ? filter : null,
    registrationGemeenteCodes: [...summary.gemeenteCodes],
    breakdown,
    notes: metricNotes({ metric, figures, breakdown, isSample: source.isSample }),
    warnings: metricWarnings({ period, summary, latestImportAt: source.importedAt }),
    source,
  };
}

function checkOptions({ metric, from, to, groupBy, scope }: Pick<ComputeRegistrationMetricOptions, 'metric' | 'from' | 'to' | 'groupBy' | 'scope'>): MetricScope {
  const issues: string[] = [];
  if (!isIsoDate(from)) issues.push(`ongeldige begindatum van de periode '${from}' (verwacht JJJJ-MM-DD)`);
  if (!isIsoDate(to)) issues.push(`ongeldige einddatum van de periode '${to}' (verwacht JJJJ-MM-DD)`);
  if (issues.length === 0 && from > to) issues.push(`de periode begint (${from}) na het einde (${to})`);
  if (metric === 'lopend_op' && from !== to) issues.push('lopend_op telt op één peildatum; geef from en to gelijk');
  if (metric === 'lopend_op' && groupBy && isCalendarGroupBy(groupBy)) issues.push(`lopend_op kan niet per ${groupBy} worden uitgesplitst; vraag per peildatum`);
  const fixed = FIXED_SCOPE[metric];
  if (fixed && scope && scope !== fixed) issues.push(`${metric} gaat altijd over '${fixed}'; scope '${scope}' past daar niet bij`);
  if (issues.length > 0) {
    throw new RegistrationQueryError({ reason: 'invalid-input', message: `Vraag aan de registratie ongeldig: ${issues.join('; ')}.`, issues });
  }
  return scope ?? defaultScopeFor(metric);
}
