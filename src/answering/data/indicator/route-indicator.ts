import { NATION_CODE } from '../../../sources/cbs/index.ts';
import type { Language } from '../../../assistant/index.ts';
import type { GemeenteRecord, ProvinceRef } from '../../../lib/gemeenten/index.ts';
import type { IndicatorCatalogue } from '../../../sources/cbs/index.ts';
import type { IndicatorDefinition, QueryIndicatorInput } from '../../../sources/cbs/index.ts';
import { findPeriods, parsePeriod } from '../../../lib/dutch/index.ts';
import { escapeRegExp } from '../../../lib/index.ts';
import type { RouteOf, ToolRoute } from '../data-route.ts';
import { asksForFigure, perThousandInhabitants, plainText, subsetOfInhabitants, uncoveredQualifier, countsOtherThings } from '../question-cues.ts';
import { registrationCoverage } from '../registration-gemeenten.ts';
import type { RegistrationProfile } from '../registration-profile.ts';

/**
 * "Hoeveel inwoners had Utrecht op 1 januari 2023?": a CBS indicator from the catalogue named in a
 * question that asks for a figure → query_indicator with gemeentecodes resolved by the gazetteer.
 * Without a year the current year is asked; the answerer then falls back to the latest CBS year
 * and says so. A term that is not a CBS indicator ("residentiële plaatsingen" for another gemeente)
 * gets the catalogue's explanation.
 */
export function routeIndicator(options: {
  question: string;
  language: Language;
  today: Date;
  catalogue: IndicatorCatalogue;
  gemeenten: GemeenteRecord[];
  /** A place name was found but not settled (typo, shared name): the caller asks about it. */
  gemeenteUnresolved?: boolean;
  /** Which gemeenten the registration holds, to say so when a registration term is asked for another gemeente. */
  registration?: RegistrationProfile;
  /** The figure is asked for all of Nederland: CBS's national total (NL01). */
  national?: boolean;
  /** Provinces the question names ("Limburg", "provincie Utrecht"): CBS's province totals (PVxx) when no gemeente is named. */
  provinces?: readonly ProvinceRef[];
}): RouteOf<'query_indicator', QueryIndicatorInput> {
  const { question, language, catalogue, gemeenten } = options;
  const plain = plainText(question);
  const perThousand = perThousandInhabitants.test(plain);
  // "How many people live in Groningen?" names no indicator but asks for all its inhabitants.
  const withoutAskedPlacesLivedIn = withoutLivingIn(plain, gemeenten);
  const named = catalogue.findInText(plain.replace(perThousandInhabitants, ' '));
  const population = catalogue.indicators.find((indicator) => indicator.id === POPULATION);
  const found = named.kind === 'unknown' && population && withoutAskedPlacesLivedIn !== plain && HOW_MANY_PEOPLE_ONLY.test(withoutAskedPlacesLivedIn.trim()) ? { kind: 'indicator' as const, indicator: population } : named;
  if (found.kind === 'unknown') return undefined;
  if (!asksForFigure(plain) || uncoveredQualifier.test(plain) || countsOtherThings.test(plain)) return undefined;
  // Only for a named gemeente: "hoeveel kost een residentiële plaatsing?" is a knowledge question.
  if (found.kind === 'not-an-indicator' && gemeenten.length === 0) return undefined;
  if (found.kind === 'not-an-indicator') {
    const suggestions = catalogue.indicators.filter((indicator) => found.entry.suggestions.includes(indicator.id)).map((indicator) => indicator.names[language]);
    const also = language === 'nl'
      ? ` Wilt u in plaats daarvan het CBS-cijfer ${suggestions.join(' of ')}? Of vraag naar uw eigen registratie, bijvoorbeeld: "Hoeveel residentiële plaatsingen hadden we dit jaar?"`
      : ` Would you like the CBS figure ${suggestions.join(' or ')} instead? Or ask about your own registration, e.g. "How many residential placements did we have this year?"`;
    const coverage = options.registration ? ` ${registrationCoverage(options.registration, language)}` : '';
    return { kind: 'clarify', tool: 'query_indicator', message: found.entry.explanation[language] + coverage + also };
  }
  const indicator = variantFor(found.indicator.id, plain, catalogue);
  if (!indicator) return undefined;
  if (indicator.id === POPULATION && subsetOfInhabitants.test(withoutAskedPlacesLivedIn)) return undefined;
  const name = indicator.names[language];
  // "Hoeveel inwoners heeft Nederland?", "… Limburg?": the national or province total, when no gemeente is named and
  // people are counted ("How much was available nationwide through the Transformatiefonds …?" asks for money a document gives).
  const regionFigure = gemeenten.length === 0 && !options.gemeenteUnresolved && COUNTS_PEOPLE.test(plain) && indicator.unit.kind !== 'thousand-euro';
  const regionCodes = !regionFigure ? [] : options.national ? [NATION_CODE] : (options.provinces ?? []).map((province) => province.code);
  // Without a gemeente or the nation the question is general: the knowledge base answers it.
  if (gemeenten.length === 0 && regionCodes.length === 0 && !options.gemeenteUnresolved && !/\b(?:welke gemeente|which municipalit|gemeente|municipality)\b/.test(plain)) return undefined;
  if (gemeenten.length === 0 && regionCodes.length === 0) {
    return {
      kind: 'clarify',
      tool: 'query_indicator',
      message: language === 'nl'
        ? `Voor welke gemeente(n) wilt u "${name}" weten? Bijvoorbeeld: "${name} in Utrecht en Den Haag in 2023".`
        : `For which municipality or municipalities do you want "${name}"? For example: "${name} in Utrecht and The Hague in 2023".`,
    };
  }
  const periods = findPeriods({ text: question, today: options.today });
  const period = parsePeriod({ text: question, today: options.today }) ?? parsePeriod({ text: 'dit jaar', today: options.today });
  if (!period) return undefined;
  const years = [...new Set((periods.length > 0 ? periods : [period]).flatMap((p) => p.years))].sort((a, b) => a - b).slice(-20);
  const route: ToolRoute<'query_indicator', QueryIndicatorInput> = {
    kind: 'tool',
    tool: 'query_indicator',
    input: {
      indicatorId: indicator.id,
      gemeenteCodes: regionCodes.length > 0 ? regionCodes : gemeenten.map((gemeente) => gemeente.code).slice(0, 50),
      years,
      ...(perThousand ? { perThousandInhabitants: true } : {}),
    },
    period: periods.length > 1 ? { ...period, years } : period,
  };
  if (periods.length === 0) route.periodAssumed = true;
  return route;
}

/** A count or share of people: what CBS's national totals give. */
const COUNTS_PEOPLE = /\b(?:hoeveel|how many|aantal|number of|welk percentage|what percentage|hoeveel procent|what share)\s+(?:van de\s+|of\s+)?(?:jongeren|jongere|kinderen|jeugdigen|inwoners|mensen|personen|young people|youths?|children|kids|inhabitants|residents|people)\b|\b(?:inwonertal|population)\b|\bheeft nederland\b.*\binwoners\b|\binwoners\b.*\b(?:heeft|telt|had|telde) (?:heel )?nederland\b/;

/** The population indicator: all inhabitants, never some of them. */
const POPULATION = 'inwoners';

/**
 * What is left of "How many people live in Groningen (in 2023)?", "Hoeveel mensen wonen er in Utrecht?"
 * without the places lived in: nothing but people, so all inhabitants. "How many young people live in
 * …", "… wonen er in een instelling …" ask for some of them.
 */
const HOW_MANY_PEOPLE_ONLY = /^(?:how many (?:people|persons)(?: (?:are there|currently|now|today))?|hoeveel (?:mensen|personen)(?: er)?(?: nu| momenteel)?)(?:\s+(?:in|op|per|on) (?:1 januari |1 january |january 1,? )?(?:19|20)\d\d|\s+(?:nu|momenteel|currently|now|today|dit jaar|this year))*\s*[?.!]*$/;

/**
 * The question without "live in Groningen" / "wonen in Utrecht" for an asked gemeente: "How many
 * people live in Groningen?" asks for all its inhabitants, "How many people live in poverty?" for some.
 */
function withoutLivingIn(plain: string, gemeenten: readonly GemeenteRecord[]): string {
  const names = gemeenten.flatMap((gemeente) => [gemeente.name, ...gemeente.aliases]).map((name) => escapeRegExp(plainText(name)));
  if (names.length === 0) return plain;
  const place = `(?:de gemeente |the municipality of )?(?:${names.join('|')})`;
  const livingIn = new RegExp(`\\b(?:live|lives|living|wonen|woont|wonend) (?:er )?in ${place}(?:(?:,| en| and) ${place})*\\b`, 'gu');
  return plain.replace(livingIn, ' ');
}

/** The percentage and cost indicators that belong with a count indicator. */
const PERCENTAGE_OF: Readonly<Record<string, string>> = {
  jeugdhulp_totaal: 'percentage_jongeren_met_jeugdhulp',
  jongeren_met_jeugdzorg: 'percentage_jongeren_met_jeugdhulp',
  jeugdhulp_met_verblijf: 'percentage_jeugdhulp_met_verblijf',
  jeugdbescherming: 'percentage_jongeren_met_jeugdbescherming',
};
const COST_OF: Readonly<Record<string, string>> = {
  jeugdhulp_totaal: 'kosten_jeugdzorg',
  jongeren_met_jeugdzorg: 'kosten_jeugdzorg',
  jeugdhulp_met_verblijf: 'kosten_jeugdhulp_met_verblijf',
};
const percentCue = /\b(?:procent|percentage|aandeel|share|percent)\b|%/;
const costCue = /\b(?:kosten|kost|kostte|uitgaven|uitgegeven|besteed|spend|spent|spending|cost|costs|expenditure|euro)\b|\bga(?:f|ven)\b[^?]*\buit\b/;

/**
 * "Hoeveel procent van de jongeren had jeugdhulp" asks for the percentage indicator, "how much did
 * Utrecht spend on youth care" for the cost indicator. A cost question without a cost indicator is
 * not answered with a count (undefined).
 */
function variantFor(id: string, plain: string, catalogue: IndicatorCatalogue): IndicatorDefinition | undefined {
  const byId = (wanted: string | undefined): IndicatorDefinition | undefined => catalogue.indicators.find((indicator) => indicator.id === wanted);
  const current = byId(id);
  if (!current) return undefined;
  if (costCue.test(plain) && current.unit.kind !== 'thousand-euro') return byId(COST_OF[id]);
  if (percentCue.test(plain) && current.unit.kind === 'count') return byId(PERCENTAGE_OF[id]) ?? current;
  return current;
}
