import type { Language } from '../../../assistant/index.ts';
import type { RegistrationMetricResult } from '../../../sources/registrations/index.ts';

const SAMPLE_NOTE = /^Let op: dit zijn voorbeelddata/;

/**
 * The registration result's notes and warnings for the answer, without the sample-data note (the
 * answer states that itself, prominently). The tool writes them in Dutch; for English answers the
 * known shapes are translated and anything else is shown in Dutch, marked as such.
 */
export function registrationRemarks({ result, language }: { result: RegistrationMetricResult; language: Language }): string[] {
  const dutch = [...result.notes.filter((note) => !SAMPLE_NOTE.test(note)), ...result.warnings];
  if (language === 'nl') return dutch;
  return dutch.map((note) => translate(note, result) ?? `(in Dutch) ${note}`);
}

function translate(note: string, result: RegistrationMetricResult): string | undefined {
  if (result.breakdown && note === result.breakdown.note.nl) return result.breakdown.note.en;
  let match = /^De registratie bevat geen toewijzingen die vóór (\S+) begonnen; cijfers voor de periode vanaf (\S+) kunnen daardoor te laag zijn\.$/.exec(note);
  if (match) return `The registration holds no allocations that began before ${match[1]}; figures for the period from ${match[2]} may therefore be too low.`;
  match = /^De periode loopt tot (\S+), na de laatste import \((\S+)\); wat daarna is geregistreerd ontbreekt\.$/.exec(note);
  if (match) return `The period runs to ${match[1]}, after the latest import (${match[2]}); anything registered since is missing.`;
  match = /^Bij (\d+) toewijzing\(en\) is het bedrag berekend als volume × tarief omdat kosten leeg was\.$/.exec(note);
  if (match) return `For ${match[1]} allocation(s) the amount is volume × tarief because kosten was empty.`;
  match = /^(\d+) toewijzing\(en\) hebben geen kosten en geen volume × tarief en tellen niet mee in het bedrag\.$/.exec(note);
  if (match) return `${match[1]} allocation(s) have neither kosten nor volume × tarief and are left out of the amount.`;
  match = /^(\d+) lopende toewijzing\(en\) zonder einddatum zitten wel in het totaal maar niet in de schatting naar rato\.$/.exec(note);
  if (match) return `${match[1]} running allocation(s) without einddatum are in the total but not in the pro-rata estimate.`;
  return undefined;
}
