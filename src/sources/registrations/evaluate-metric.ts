import { roundMoney } from '../../lib/index.ts';
import { inclusiveDays, maxDate, minDate, type IsoDate } from './calendar-date.ts';
import type { RegistrationMetric } from './metric-definitions.ts';
import type { Allocation } from './registration-row.ts';

export interface MetricPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** The figures of one metric over one set of allocations. */
export interface MetricFigures {
  /** Distinct clients behind the figure; always the first figure to report. */
  clients: number;
  /** The headline value in the metric's unit; null when it cannot be computed (nothing to average, no amounts). */
  value: number | null;
  /** Number of toewijzingen behind the figure. */
  allocations: number;
  /** Metric-specific secondary figures (see the definition). */
  details: Record<string, number | null>;
}

/** begindatum ≤ period end AND (einddatum IS NULL OR einddatum ≥ period start). */
export function overlapsPeriod(allocation: Allocation, { from, to }: MetricPeriod): boolean {
  return allocation.begindatum <= to && (allocation.einddatum === null || allocation.einddatum >= from);
}

/**
 * Computes a metric over allocations already restricted to the metric's scope and gemeente.
 * For lopend_op the period is the peildatum: { from: peildatum, to: peildatum }.
 */
export function evaluateMetric({ metric, allocations, period }: {
  metric: RegistrationMetric;
  allocations: readonly Allocation[];
  period: MetricPeriod;
}): MetricFigures {
  const overlapping = allocations.filter((allocation) => overlapsPeriod(allocation, period));
  switch (metric) {
    case 'jeugdhulp_met_verblijf':
    case 'residentiele_plaatsingen':
    case 'lopend_op':
      return clientCount(overlapping);
    case 'nieuwe_plaatsingen':
      return clientCount(overlapping.filter((a) => a.begindatum >= period.from && a.begindatum <= period.to));
    case 'beeindigde_plaatsingen':
      return clientCount(overlapping.filter((a) => a.einddatum !== null && a.einddatum >= period.from && a.einddatum <= period.to));
    case 'gemiddelde_duur':
      return averageDuration(overlapping, period);
    case 'kosten':
      return costs(overlapping, period);
  }
}

function distinctClients(allocations: readonly Allocation[]): number {
  return new Set(allocations.map((allocation) => allocation.clientId)).size;
}

function clientCount(selected: readonly Allocation[]): MetricFigures {
  const clients = distinctClients(selected);
  return { clients, value: clients, allocations: selected.length, details: { toewijzingen: selected.length } };
}

function averageDuration(overlapping: readonly Allocation[], period: MetricPeriod): MetricFigures {
  const ended = overlapping.filter((a) => a.einddatum !== null && a.einddatum >= period.from && a.einddatum <= period.to);
  const endedDays = ended.map((a) => inclusiveDays(a.begindatum, a.einddatum!));
  const allDays = overlapping.map((a) => inclusiveDays(a.begindatum, a.einddatum === null ? period.to : minDate(a.einddatum, period.to)));
  const average = (days: number[]): number | null =>
    days.length === 0 ? null : Math.round((days.reduce((sum, d) => sum + d, 0) / days.length) * 10) / 10;
  return {
    clients: distinctClients(ended),
    value: average(endedDays),
    allocations: ended.length,
    details: {
      gemiddeldeDuurBeeindigdDagen: average(endedDays),
      aantalBeeindigd: ended.length,
      gemiddeldeDuurInclusiefLopendDagen: average(allDays),
      aantalInclusiefLopend: overlapping.length,
      uniekeClientenInclusiefLopend: distinctClients(overlapping),
    },
  };
}

/** kosten, else volume × tarief, else null. */
export function allocationAmount(allocation: Allocation): number | null {
  if (allocation.kosten !== null) return allocation.kosten;
  if (allocation.volume !== null && allocation.tarief !== null) return allocation.volume * allocation.tarief;
  return null;
}

function costs(overlapping: readonly Allocation[], period: MetricPeriod): MetricFigures {
  let total = 0;
  let proRata = 0;
  let fromKosten = 0;
  let fromVolumeTarief = 0;
  let withoutAmount = 0;
  let notProRata = 0;
  for (const allocation of overlapping) {
    const amount = allocationAmount(allocation);
    if (amount === null) {
      withoutAmount += 1;
      continue;
    }
    if (allocation.kosten !== null) fromKosten += 1;
    else fromVolumeTarief += 1;
    total += amount;
    if (allocation.einddatum === null) {
      notProRata += 1;
      continue;
    }
    const daysInPeriod = inclusiveDays(maxDate(allocation.begindatum, period.from), minDate(allocation.einddatum, period.to));
    proRata += (amount * daysInPeriod) / inclusiveDays(allocation.begindatum, allocation.einddatum);
  }
  const withAmount = fromKosten + fromVolumeTarief;
  return {
    clients: distinctClients(overlapping),
    value: withAmount === 0 ? null : roundMoney(total),
    allocations: overlapping.length,
    details: {
      toewijzingenMetKosten: fromKosten,
      toewijzingenVolumeMaalTarief: fromVolumeTarief,
      toewijzingenZonderBedrag: withoutAmount,
      naarRatoVanPeriodeEuro: withAmount - notProRata === 0 ? null : roundMoney(proRata),
      toewijzingenNietNaarRato: notProRata,
    },
  };
}
