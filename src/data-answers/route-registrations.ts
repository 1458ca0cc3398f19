import type { Language } from '../core/answer.ts';
import { parsePeriod } from '../data/parsing/period-parser.ts';
import type { MetricScope, RegistrationMetric } from '../registrations/metric-definitions.ts';
import type { QueryRegistrationsInput } from '../registrations/query-registrations.ts';
import type { DataRoute } from './data-route.ts';
import { asksForFigure, ownData, plainText, uncoveredQualifier } from './question-cues.ts';
import { findRegistrationGroupBy, findRegistrationMetric, registrationSubject } from './registration-metric-terms.ts';
import type { GemeenteRecord } from '../data/gemeenten/gazetteer.ts';

const CLIENT_METRICS: readonly RegistrationMetric[] = ['jeugdhulp_met_verblijf', 'residentiele_plaatsingen', 'nieuwe_plaatsingen', 'beeindigde_plaatsingen'];

/**
 * "Hoeveel residentiële plaatsingen hadden we dit jaar?": an own-data marker (we, onze, bij ons,
 * our) with a registration metric → query_registrations. Relative periods end today ("dit jaar"
 * = 1 januari t/m vandaag); without a period, this year up to today is used and said so.
 */
export function routeRegistrations(options: {
  question: string;
  language: Language;
  today: Date;
  gemeenten: GemeenteRecord[];
}): DataRoute {
  const plain = plainText(options.question);
  if (!ownData.test(plain) || !registrationSubject.test(plain) || uncoveredQualifier.test(plain)) return undefined;
  if (!asksForFigure(plain) && !/\b(?:gemiddelde duur|average duration|how long|hoe lang)\b/.test(plain)) return undefined;
  const found = findRegistrationMetric(plain);
  if (!found) return undefined;

  if (options.gemeenten.length > 0 && /\b(?:vergeleken met|vergelijk\w*|compared (?:with|to)|compare|versus|vs|tegenover)\b/.test(plain)) {
    const other = options.gemeenten.map((gemeente) => gemeente.name).join(', ');
    return {
      kind: 'clarify',
      tool: 'query_registrations',
      message: options.language === 'nl'
        ? `Uw eigen registratie en CBS-cijfers van ${other} kan ik nog niet in één antwoord vergelijken; de definities verschillen ook. Vraag ze apart, bijvoorbeeld: "Hoeveel jongeren hadden bij ons jeugdhulp met verblijf in 2025?" en "Hoeveel jongeren in ${other} hadden jeugdhulp met verblijf in 2023?"`
        : `I cannot yet compare your own registration with CBS figures for ${other} in one answer; the definitions differ too. Ask them separately, for example: "How many young people had youth care with accommodation with us in 2025?" and "How many young people in ${other} had youth care with accommodation in 2023?"`,
    };
  }
  const todayIso = options.today.toISOString().slice(0, 10);
  const parsed = parsePeriod({ text: options.question, today: options.today });
  // "Hoeveel plaatsingen hadden we op 1 januari 2026?": on one day, a count of clients is a count on a peildatum.
  const onDay = parsed?.kind === 'date' && (found === 'residentiele_plaatsingen' || found === 'jeugdhulp_met_verblijf');
  const metric: RegistrationMetric = onDay ? 'lopend_op' : found;
  const period = parsed ?? parsePeriod({ text: 'dit jaar', today: options.today });
  if (!period) return undefined;
  const from = period.from;
  const to = period.relative && period.to > todayIso && period.from <= todayIso ? todayIso : period.to;
  if (from > todayIso) {
    return {
      kind: 'clarify',
      tool: 'query_registrations',
      message: options.language === 'nl'
        ? `De periode ${period.label} ligt in de toekomst; de registratie kent alleen wat al is gebeurd. Over welke periode wilt u het cijfer?`
        : `The period ${period.labelEn} lies in the future; the registration only knows what has happened. Which period do you mean?`,
    };
  }

  const input: QueryRegistrationsInput = { metric };
  if (metric === 'lopend_op') {
    input.peildatum = parsed?.kind === 'date' ? parsed.from : parsed ? minIso(to, todayIso) : todayIso;
  } else {
    input.from = from;
    input.to = to;
  }
  const [gemeente] = options.gemeenten;
  if (gemeente) input.gemeenteCode = gemeente.code;
  const scope = onDay ? (found === 'jeugdhulp_met_verblijf' ? 'verblijf' : 'residentieel') : scopeFor(metric, plain);
  if (scope) input.scope = scope;
  const groupBy = findRegistrationGroupBy(plain) ?? defaultMonthly(metric, from, to);
  if (groupBy && !(metric === 'lopend_op' && groupBy === 'maand')) input.groupBy = groupBy;

  const route: DataRoute = { kind: 'tool', tool: 'query_registrations', input, period };
  if (!parsed) route.periodAssumed = true;
  return route;
}

function scopeFor(metric: RegistrationMetric, plain: string): MetricScope | undefined {
  if (metric === 'jeugdhulp_met_verblijf' || metric === 'residentiele_plaatsingen') return undefined;
  if (/\b(?:met verblijf|with accommodation|pleegzorg|foster)\b/.test(plain)) return 'verblijf';
  if (/\bresidentie|\bresidential\b/.test(plain)) return 'residentieel';
  if (metric === 'kosten' && /\b(?:alle|all|totaal|total)\b/.test(plain)) return 'alle';
  return undefined;
}

/** A month-by-month table for client counts over a period of two to 24 months. */
function defaultMonthly(metric: RegistrationMetric, from: string, to: string): 'maand' | undefined {
  if (!CLIENT_METRICS.includes(metric)) return undefined;
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  return months >= 2 && months <= 24 ? 'maand' : undefined;
}

function minIso(a: string, b: string): string {
  return a < b ? a : b;
}
