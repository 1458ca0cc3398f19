import type { Language } from '../../../assistant/index.ts';
import type { RegistrationMetricResult } from '../../../sources/registrations/index.ts';
import type { RegistrationScope } from '../data-route.ts';
import { gemeenteName, listGemeenten } from '../registration-gemeenten.ts';
import { inLanguage } from '../../../lib/index.ts';

/** " in Arnhem", " in Arnhem en Renkum", or '' for the whole registration: for the headline. */
export function gemeenteHeadline(result: RegistrationMetricResult, language: Language): string {
  const codes = result.gemeenteCodes;
  if (!codes || codes.length === 0) return '';
  const names = codes.map(gemeenteName);
  const joined = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${inLanguage({ nl: 'en', en: 'and' }, language)} ${names.at(-1)!}`;
  return ` in ${joined}`;
}

/**
 * One sentence saying which gemeenten the figure covers and which the registration holds, when
 * that is not obvious: a filter on named gemeenten, OWN_GEMEENTE for "we", or a registration of
 * several gemeenten counted together. Empty for a registration of one gemeente asked as "we".
 */
export function registrationScopeText(result: RegistrationMetricResult, scope: RegistrationScope | undefined, language: Language): string | undefined {
  const all = result.registrationGemeenteCodes;
  const filter = result.gemeenteCodes ?? [];
  const others = all.filter((code) => !filter.includes(code));
  const alsoHolds = others.length > 0
    ? inLanguage({ nl: ` De registratie bevat ook ${listGemeenten(others, language)}.`, en: ` The registration also holds ${listGemeenten(others, language)}.` }, language)
    : '';
  if (filter.length > 0 && scope === 'own-gemeente') {
    return inLanguage({
      nl: `"We" is hier ${listGemeenten(filter, language)}, ingesteld als eigen gemeente (OWN_GEMEENTE); geteld zijn alleen de toewijzingen van die gemeente in uw eigen registratie.${alsoHolds} Vraag "per gemeente" voor allemaal.`,
      en: `"We" is ${listGemeenten(filter, language)} here, set as your own municipality (OWN_GEMEENTE); only that municipality's allocations in your own registration are counted.${alsoHolds} Ask "per municipality" for all of them.`,
    }, language);
  }
  if (filter.length > 0) {
    return inLanguage({
      nl: `Uit uw eigen registratie, alleen de toewijzingen met gemeentecode ${listGemeenten(filter, language)}.${alsoHolds}`,
      en: `From your own registration, only the allocations with gemeentecode ${listGemeenten(filter, language)}.${alsoHolds}`,
    }, language);
  }
  if (all.length > 1) {
    return inLanguage({
      nl: `Uw eigen registratie bevat ${all.length} gemeenten (${listGemeenten(all, language)}); het totaal telt ze samen en een cliënt die in meer gemeenten een toewijzing had, telt één keer.`,
      en: `Your own registration holds ${all.length} municipalities (${listGemeenten(all, language)}); the total counts them together, and a client with allocations in several of them counts once.`,
    }, language);
  }
  return undefined;
}
