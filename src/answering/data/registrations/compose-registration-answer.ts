import type { Citation, Language } from '../../../assistant/index.ts';
import type { RegistrationMetricResult } from '../../../sources/registrations/index.ts';
import type { ComposedDataAnswer } from '../composed-data-answer.ts';
import { formatIsoDate, formatIsoPeriod, formatMoney, formatNumber } from '../format-number.ts';
import type { RegistrationScope } from '../data-route.ts';
import { gemeenteLines, trendLines } from './registration-breakdown-text.ts';
import { registrationFigures } from './registration-figures.ts';
import { registrationRemarks } from './registration-remarks.ts';
import { gemeenteHeadline, registrationScopeText } from './registration-scope-text.ts';
import { inLanguage } from '../../../lib/index.ts';

export interface RegistrationAnswerContext {
  /** true when the question named no period and "dit jaar tot vandaag" was used. */
  periodAssumed?: boolean;
  /** Why the figure covers the gemeenten it covers (named, OWN_GEMEENTE, the whole registration). */
  registrationScope?: RegistrationScope;
  /** A development over time: the series leads the answer. */
  trend?: boolean;
}

/**
 * A figure from the gemeente's own registration: the distinct-client figure (or the amount or
 * duration asked for) first, the sample-data label, the definition, the period, remarks and the
 * source as citation [1]; a table and chart of the breakdown when there is one.
 */
export function composeRegistrationAnswer(options: {
  result: RegistrationMetricResult;
  language: Language;
  context?: RegistrationAnswerContext;
}): ComposedDataAnswer {
  const { result, language, context = {} } = options;
  const period = result.metric === 'lopend_op'
    ? `${inLanguage({ nl: 'peildatum', en: 'reference date' }, language)} ${formatIsoDate({ iso: result.period.from, language })}`
    : formatIsoPeriod({ from: result.period.from, to: result.period.to, language });
  const lines: string[] = [];
  if (context.trend) lines.push(...trendLines(result, language), '');
  const total = context.trend ? inLanguage({ nl: 'Over de hele periode samen: ', en: 'Over the whole period together: ' }, language) : '';
  lines.push(`${total}**${result.label[language]}**${gemeenteHeadline(result, language)}, ${period}: **${headline(result, language)}** [1]`);
  const counts = result.unit === 'clienten'
    ? inLanguage({
      nl: `Samen hebben zij ${formatNumber({ value: result.allocations, language })} toewijzingen.`,
      en: `Together they have ${formatNumber({ value: result.allocations, language })} allocations.`,
    }, language)
    : inLanguage({
      nl: `Dat gaat over ${formatNumber({ value: result.clients, language })} unieke cliënten met ${formatNumber({ value: result.allocations, language })} toewijzingen.`,
      en: `This concerns ${formatNumber({ value: result.clients, language })} distinct clients with ${formatNumber({ value: result.allocations, language })} allocations.`,
    }, language);
  lines.push(counts);
  const detail = detailLine(result, language);
  if (detail) lines.push(detail);
  const perGemeente = gemeenteLines(result, language);
  if (perGemeente.length > 0) lines.push('', inLanguage({ nl: 'Per gemeente:', en: 'Per municipality:' }, language), ...perGemeente);
  const scopeText = registrationScopeText(result, context.registrationScope, language);
  if (scopeText) lines.push('', scopeText);
  if (result.source.isSample) {
    lines.push('', inLanguage({
      nl: '**Let op: voorbeelddata.** Dit zijn gegenereerde cijfers, geen echte registratie van de gemeente.',
      en: '**Note: sample data.** These figures are generated, not a real registration of the municipality.',
    }, language));
  }
  lines.push('', `**${inLanguage({ nl: 'Definitie', en: 'Definition' }, language)}:** ${result.definition[language]}`);
  const periodLine = `**${inLanguage({ nl: 'Periode', en: 'Period' }, language)}:** ${period}${result.gemeenteCodes ? ` (${result.gemeenteCodes.join(', ')})` : ''}.`;
  const assumed = context.periodAssumed && result.metric !== 'lopend_op'
    ? inLanguage({ nl: ' U noemde geen periode; ik heb dit jaar tot en met vandaag genomen.', en: ' You named no period; I used this year up to today.' }, language)
    : '';
  lines.push(periodLine + assumed);
  const remarks = registrationRemarks({ result, language });
  if (remarks.length > 0) lines.push(`**${inLanguage({ nl: 'Let op', en: 'Note' }, language)}:** ${remarks.join(' ')}`);
  lines.push('', `**${inLanguage({ nl: 'Bron', en: 'Source' }, language)}:** [1] ${result.source.label[language]}`);

  const citation: Citation = {
    n: 1,
    docId: 'registratie',
    title: result.source.label[language],
    source: result.source.label.nl,
    snippet: result.definition[language],
  };
  return { answer: lines.join('\n'), citations: [citation], figures: registrationFigures(result, language), suggestions: suggestions(result, language) };
}

function headline(result: RegistrationMetricResult, language: Language): string {
  if (result.value === null) return inLanguage({ nl: 'niet te berekenen', en: 'cannot be computed' }, language);
  switch (result.unit) {
    case 'euro':
      return formatMoney({ value: result.value, language });
    case 'dagen':
      return `${formatNumber({ value: result.value, language })} ${inLanguage({ nl: 'dagen', en: 'days' }, language)}`;
    case 'clienten':
      return `${formatNumber({ value: result.value, language })} ${inLanguage({ nl: 'unieke cliënten', en: 'distinct clients' }, language)}`;
  }
}

/** The metric's secondary figure: the pro-rata amount, or the duration including running allocations. */
function detailLine(result: RegistrationMetricResult, language: Language): string | undefined {
  if (result.metric === 'kosten') {
    const proRata = result.details['naarRatoVanPeriodeEuro'];
    if (proRata === null || proRata === undefined) return undefined;
    return inLanguage({
      nl: `Naar rato van de dagen in de periode (alleen toewijzingen met einddatum): ${formatMoney({ value: proRata, language })}.`,
      en: `Pro rata to the days in the period (only allocations with an einddatum): ${formatMoney({ value: proRata, language })}.`,
    }, language);
  }
  if (result.metric === 'gemiddelde_duur') {
    const days = result.details['gemiddeldeDuurInclusiefLopendDagen'];
    const count = result.details['aantalInclusiefLopend'];
    if (days === null || days === undefined || count === null || count === undefined) return undefined;
    return inLanguage({
      nl: `Inclusief lopende toewijzingen (geteld tot het einde van de periode): gemiddeld ${formatNumber({ value: days, language })} dagen over ${formatNumber({ value: count, language })} toewijzingen.`,
      en: `Including running allocations (counted to the end of the period): on average ${formatNumber({ value: days, language })} days over ${formatNumber({ value: count, language })} allocations.`,
    }, language);
  }
  return undefined;
}

function suggestions(result: RegistrationMetricResult, language: Language): string[] {
  const nl = [
    { metric: 'nieuwe_plaatsingen', text: 'Hoeveel nieuwe plaatsingen hadden we dit jaar?' },
    { metric: 'gemiddelde_duur', text: 'Wat was de gemiddelde duur van onze residentiële plaatsingen vorig jaar?' },
    { metric: 'residentiele_plaatsingen', text: 'Hoeveel residentiële plaatsingen hadden we dit jaar?' },
  ];
  const en = [
    { metric: 'nieuwe_plaatsingen', text: 'How many new placements did we have this year?' },
    { metric: 'gemiddelde_duur', text: 'What was the average duration of our residential placements last year?' },
    { metric: 'residentiele_plaatsingen', text: 'How many residential placements did we have this year?' },
  ];
  return inLanguage({ nl, en }, language).filter((entry) => entry.metric !== result.metric).map((entry) => entry.text).slice(0, 2);
}
