import type { Language } from '../../../assistant/index.ts';
import type { GemeenteRecord } from '../../../lib/gemeenten/index.ts';
import { parsePeriod } from '../../../lib/dutch/index.ts';
import type { Period } from '../../../lib/dutch/index.ts';
import { isCalendarGroupBy, type RegistrationGroupBy } from '../../../sources/registrations/index.ts';
import type { MetricScope, RegistrationMetric } from '../../../sources/registrations/index.ts';
import type { QueryRegistrationsInput } from '../../../sources/registrations/index.ts';
import type { ClarifyRoute, RegistrationScope, RouteOf, ToolRoute } from '../data-route.ts';
import { asksForFigure, ownData, plainText, uncoveredQualifier, countsOtherThings } from '../question-cues.ts';
import { listGemeenten, registrationCoverage } from '../registration-gemeenten.ts';
import { findRegistrationGroupBy, findRegistrationMetric, registrationSubject } from './registration-metric-terms.ts';
import type { RegistrationProfile } from '../registration-profile.ts';
import { asksForTrend } from '../trend-cues.ts';
import { inLanguage } from '../../../lib/index.ts';

const CLIENT_METRICS: readonly RegistrationMetric[] = ['jeugdhulp_met_verblijf', 'residentiele_plaatsingen', 'nieuwe_plaatsingen', 'beeindigde_plaatsingen'];
const compareCue = /\b(?:vergeleken met|vergelijk\w*|compared (?:with|to)|compare|versus|vs|tegenover)\b/;
/** Breakdowns only the registration has: asking for them is asking about the registration. */
const REGISTRATION_ONLY_GROUPS: readonly RegistrationGroupBy[] = ['gemeente', 'aanbieder', 'productcategorie'];
/** Counts of the registration that CBS does not publish under that name. */
const REGISTRATION_ONLY_METRICS: readonly RegistrationMetric[] = ['residentiele_plaatsingen', 'nieuwe_plaatsingen', 'beeindigde_plaatsingen'];

export interface RouteRegistrationsOptions {
  question: string;
  language: Language;
  today: Date;
  gemeenten: GemeenteRecord[];
  /** Which gemeenten the registration holds; without it only "we"/"onze" questions reach the registration. */
  registration?: RegistrationProfile;
}

/**
 * Questions about the registration → query_registrations:
 * - "Hoeveel residentiële plaatsingen hadden we dit jaar?" (an own-data marker: we, onze, our);
 * - "… had Arnhem in 2025?" when Arnhem is in the registration: filtered on Arnhem;
 * - "vergelijk Arnhem en Renkum", "per gemeente/aanbieder/productcategorie/maand/kwartaal/jaar";
 * - "hoe ontwikkelt het aantal residentiële plaatsingen zich?": per quarter over the registration's
 *   whole span, each with the same period a year earlier.
 * "We" over a registration of several gemeenten is OWN_GEMEENTE when set, else all of them with a
 * breakdown per gemeente. Relative periods end today; without a period this year up to today is used.
 */
export function routeRegistrations(options: RouteRegistrationsOptions): RouteOf<'query_registrations', QueryRegistrationsInput> {
  const plain = plainText(options.question);
  if (!registrationSubject.test(plain) || uncoveredQualifier.test(plain) || countsOtherThings.test(plain)) return undefined;
  // "… volgens CBS", "CBS-cijfer": the indicator route answers.
  if (/\b(?:cbs|statline)\b/.test(plain)) return undefined;
  const profile = options.registration;
  const registered = profile?.gemeenteCodes ?? [];
  const named = options.gemeenten.map((gemeente) => gemeente.code);
  const namedInRegistration = named.length > 0 && named.every((code) => registered.includes(code));
  const explicitGroupBy = findRegistrationGroupBy(plain);
  const trend = asksForTrend.test(plain);
  // Voorbeelddata are not the user's gemeente: naming their gemeente (Hoorn) still asks CBS.
  const realData = profile !== undefined && !profile.isSample && registered.length > 0;
  // A count only the registration keeps ("residentiële plaatsingen per kwartaal") is about the own
  // registration once a real one is imported, "we" or not; CBS publishes no such figure.
  const registrationOnlyMetric = realData && named.length === 0 && REGISTRATION_ONLY_METRICS.includes(findRegistrationMetric(plain) ?? 'kosten');
  const own = ownData.test(plain) || registrationOnlyMetric || (realData && explicitGroupBy !== undefined && REGISTRATION_ONLY_GROUPS.includes(explicitGroupBy));
  if (!own && !(namedInRegistration && realData) && !(trend && named.length === 0)) return undefined;
  const compare = compareCue.test(plain);
  const asks = asksForFigure(plain) || trend || (namedInRegistration && compare) || /\b(?:gemiddelde duur|average duration|how long|hoe lang)\b/.test(plain);
  if (!asks) return undefined;
  const found = findRegistrationMetric(plain);
  if (!found) return undefined;

  if (named.length > 0 && !namedInRegistration && (profile || compare)) return outsideRegistration({ options, named, registered, compare });

  const todayIso = options.today.toISOString().slice(0, 10);
  const parsed = parsePeriod({ text: options.question, today: options.today });
  const onDay = parsed?.kind === 'date' && (found === 'residentiele_plaatsingen' || found === 'jeugdhulp_met_verblijf');
  const metric: RegistrationMetric = onDay ? 'lopend_op' : found;
  const span = trend && !parsed ? registrationSpan(profile, todayIso) : undefined;
  const period = span ?? parsed ?? parsePeriod({ text: 'dit jaar', today: options.today });
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
  const scope = onDay ? (found === 'jeugdhulp_met_verblijf' ? 'verblijf' : 'residentieel') : scopeFor(metric, plain);
  if (scope) input.scope = scope;

  // Without a profile the tool checks the named gemeente itself.
  const gemeenten = gemeenteFilter({ named, profile, explicitGroupBy });
  if (gemeenten.codes.length === 1) input.gemeenteCode = gemeenten.codes[0]!;
  if (gemeenten.codes.length > 1) input.gemeenteCodes = gemeenten.codes;
  const several = gemeenten.codes.length > 1 || (gemeenten.scope === 'whole-registration' && registered.length > 1);
  const groupBy = trend
    ? (explicitGroupBy && isCalendarGroupBy(explicitGroupBy) ? explicitGroupBy : 'kwartaal')
    : explicitGroupBy ?? (several ? 'gemeente' : defaultMonthly(metric, from, to));
  if (groupBy && !(metric === 'lopend_op' && isCalendarGroupBy(groupBy))) input.groupBy = groupBy;

  const route: ToolRoute<'query_registrations', QueryRegistrationsInput> = { kind: 'tool', tool: 'query_registrations', input, period };
  if (!parsed && !span) route.periodAssumed = true;
  if (gemeenten.scope) route.registrationScope = gemeenten.scope;
  if (trend && metric !== 'lopend_op') route.trend = true;
  return route;
}

/** The gemeenten to filter on, and why: named ones, OWN_GEMEENTE for "we", or the whole registration. */
function gemeenteFilter({ named, profile, explicitGroupBy }: {
  named: string[];
  profile: RegistrationProfile | undefined;
  explicitGroupBy: RegistrationGroupBy | undefined;
}): { codes: string[]; scope?: RegistrationScope } {
  if (named.length > 0) return { codes: named, scope: 'named' };
  if (!profile || profile.gemeenteCodes.length < 2) return { codes: [] };
  const own = profile.ownGemeenteCode;
  if (own && profile.gemeenteCodes.includes(own) && explicitGroupBy !== 'gemeente') return { codes: [own], scope: 'own-gemeente' };
  return { codes: [], scope: 'whole-registration' };
}

/** A gemeente the registration does not hold: say which it holds, and offer the CBS figure. */
function outsideRegistration({ options, named, registered, compare }: {
  options: RouteRegistrationsOptions;
  named: string[];
  registered: readonly string[];
  compare: boolean;
}): ClarifyRoute<'query_registrations'> {
  const outside = named.filter((code) => !registered.includes(code));
  const names = options.gemeenten.filter((gemeente) => outside.includes(gemeente.code)).map((gemeente) => gemeente.name).join(', ');
  const coverage = options.registration ? `${registrationCoverage(options.registration, options.language)} ` : '';
  const notIn = inLanguage({
    nl: `${listGemeenten(outside, 'nl')} ${outside.length === 1 ? 'staat' : 'staan'} daar niet in, dus daarover kan ik uit de registratie geen cijfer geven.`,
    en: `${listGemeenten(outside, 'en')} ${outside.length === 1 ? 'is' : 'are'} not in it, so I cannot give a figure for ${outside.length === 1 ? 'it' : 'them'} from the registration.`,
  }, options.language);
  const offer = compare
    ? inLanguage({
      nl: ` Uw eigen registratie en CBS-cijfers van ${names} kan ik nog niet in één antwoord vergelijken; de definities verschillen ook. Vraag ze apart, bijvoorbeeld: "Hoeveel jongeren hadden bij ons jeugdhulp met verblijf in 2025?" en "Hoeveel jongeren in ${names} hadden jeugdhulp met verblijf in 2023?"`,
      en: ` I cannot yet compare your own registration with CBS figures for ${names} in one answer; the definitions differ too. Ask them separately, for example: "How many young people had youth care with accommodation with us in 2025?" and "How many young people in ${names} had youth care with accommodation in 2023?"`,
    }, options.language)
    : inLanguage({
      nl: ` Wel beschikbaar is het CBS-cijfer, bijvoorbeeld: "Hoeveel jongeren in ${names} hadden jeugdhulp met verblijf in 2023?"`,
      en: ` The CBS figure is available, for example: "How many young people in ${names} had youth care with accommodation in 2023?"`,
    }, options.language);
  if (!options.registration) return { kind: 'clarify', tool: 'query_registrations', message: offer.trim() };
  return { kind: 'clarify', tool: 'query_registrations', message: coverage + notIn + offer };
}

/**
 * The registration's whole span for a trend: from its first to its last begindatum (an export knows
 * nothing that started later), and never past the latest import or today.
 */
function registrationSpan(profile: RegistrationProfile | undefined, todayIso: string): Period | undefined {
  if (!profile?.earliestBegindatum || !profile.latestBegindatum) return undefined;
  const from = profile.earliestBegindatum;
  const to = [profile.latestBegindatum, profile.latestImportDate ?? todayIso, todayIso].sort()[0]!;
  if (from > to) return undefined;
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) years.push(year);
  return {
    kind: 'range',
    from,
    to,
    years,
    label: `de hele registratie (${from} t/m ${to})`,
    labelEn: `the whole registration (${from} to ${to})`,
    raw: '',
    index: 0,
    relative: false,
  };
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
