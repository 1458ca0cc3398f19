import type { MetricFigures, MetricPeriod } from './evaluate-metric.ts';
import type { MetricBreakdown } from './metric-breakdown.ts';
import type { RegistrationMetric } from './metric-definitions.ts';
import type { RegistrationSummary } from './registration-reader.ts';

/** Remarks that must travel with the figure (Dutch, user-facing). */
export function metricNotes({ metric, figures, breakdown, isSample }: {
  metric: RegistrationMetric;
  figures: MetricFigures;
  breakdown: MetricBreakdown | null;
  isSample: boolean;
}): string[] {
  const notes: string[] = [];
  if (isSample) notes.push('Let op: dit zijn voorbeelddata (gegenereerd), geen echte cijfers van de gemeente.');
  if (metric === 'kosten') {
    const without = figures.details['toewijzingenZonderBedrag'] ?? 0;
    const viaVolume = figures.details['toewijzingenVolumeMaalTarief'] ?? 0;
    const notProRata = figures.details['toewijzingenNietNaarRato'] ?? 0;
    if (figures.value === null && figures.allocations > 0) {
      notes.push('Geen van deze toewijzingen heeft kosten of volume × tarief; er is geen bedrag te noemen.');
    } else if (without > 0) {
      notes.push(`${without} toewijzing(en) hebben geen kosten en geen volume × tarief en tellen niet mee in het bedrag.`);
    }
    if (viaVolume > 0) notes.push(`Bij ${viaVolume} toewijzing(en) is het bedrag berekend als volume × tarief omdat kosten leeg was.`);
    if (notProRata > 0) notes.push(`${notProRata} lopende toewijzing(en) zonder einddatum zitten wel in het totaal maar niet in de schatting naar rato.`);
  }
  if (metric === 'gemiddelde_duur' && figures.value === null) {
    notes.push('Er zijn geen toewijzingen beëindigd in de periode; een gemiddelde duur van beëindigde toewijzingen is niet te geven.');
  }
  if (breakdown) notes.push(breakdown.note.nl);
  return notes;
}

/** Completeness warnings: the registration only knows what was imported. */
export function metricWarnings({ period, summary, latestImportAt }: {
  period: MetricPeriod;
  summary: RegistrationSummary;
  latestImportAt: string | null;
}): string[] {
  const warnings: string[] = [];
  if (summary.earliestBegindatum && period.from < summary.earliestBegindatum) {
    warnings.push(
      `De registratie bevat geen toewijzingen die vóór ${summary.earliestBegindatum} begonnen; cijfers voor de periode vanaf ${period.from} kunnen daardoor te laag zijn.`,
    );
  }
  const importDate = latestImportAt?.slice(0, 10);
  if (importDate && period.to > importDate) {
    warnings.push(`De periode loopt tot ${period.to}, na de laatste import (${importDate}); wat daarna is geregistreerd ontbreekt.`);
  }
  return warnings;
}
