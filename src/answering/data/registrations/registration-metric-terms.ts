import type { RegistrationGroupBy } from '../../../sources/registrations/index.ts';
import type { RegistrationMetric } from '../../../sources/registrations/index.ts';

/**
 * How users name the registration metrics (patterns on plain text: lower case, no diacritics).
 * Order matters: the first match wins, so specific phrases come before general ones.
 */
export const registrationMetricTerms: readonly { metric: RegistrationMetric; pattern: RegExp }[] = [
  { metric: 'gemiddelde_duur', pattern: /\b(?:gemiddelde (?:duur|verblijfsduur|looptijd)|hoe lang (?:duurt|duurden|duren)|average (?:duration|length)|how long)\b/ },
  { metric: 'nieuwe_plaatsingen', pattern: /\b(?:nieuwe (?:residentiele )?(?:plaatsingen|plaatsing|toewijzingen|cliënten|clienten)|instroom|new (?:residential )?(?:placements|allocations|clients)|inflow)\b/ },
  { metric: 'beeindigde_plaatsingen', pattern: /\b(?:beeindigde?|afgesloten|uitstroom|gestopte?|ended|outflow|terminated)\b/ },
  { metric: 'lopend_op', pattern: /\b(?:lopende?|liepen|liep|lopen er|nu lopen|momenteel|op dit moment|op peildatum|running|ongoing|currently|right now)\b/ },
  { metric: 'kosten', pattern: /\b(?:kosten|uitgaven|uitgegeven|kostten|gekost|costs?|spent|spending|expenditure)\b/ },
  { metric: 'jeugdhulp_met_verblijf', pattern: /\b(?:jeugdhulp met verblijf|jeugdzorg met verblijf|met verblijf|youth (?:care|help) with accommodation|with accommodation|pleegzorg)\b/ },
  { metric: 'residentiele_plaatsingen', pattern: /\b(?:residentiele? (?:plaatsingen|plaatsing|jeugdhulp|jeugdzorg|zorg)|residentieel|residential (?:placements?|care|youth care)|plaatsingen|placements|uithuisplaatsingen)\b/ },
];

/** Words that make a registration question: one of these must occur next to an own-data marker. */
export const registrationSubject = /\b(?:plaatsing(?:en)?|placements?|verblijf|accommodation|residentie\w*|residential|toewijzing(?:en)?|allocations?|clienten|clients?|jeugdhulp|jeugdzorg|youth care)\b/;

export function findRegistrationMetric(plain: string): RegistrationMetric | undefined {
  return registrationMetricTerms.find((term) => term.pattern.test(plain))?.metric;
}

/** "per maand", "per kwartaal", "per jaar", "per aanbieder", "per productcategorie", "per gemeente". */
export function findRegistrationGroupBy(plain: string): RegistrationGroupBy | undefined {
  if (/\b(?:per|by|each) (?:maand|month)\b|\bmaandelijks|\bmonthly\b/.test(plain)) return 'maand';
  if (/\b(?:per|by|each) (?:kwartaal|quarter)\b|\bkwartaalcijfers\b|\bquarterly\b/.test(plain)) return 'kwartaal';
  if (/\b(?:per|by|each) (?:jaar|year)\b|\bjaarcijfers\b|\byearly\b|\bannually\b/.test(plain)) return 'jaar';
  if (/\b(?:per|by|each) (?:aanbieder|zorgaanbieder|provider)\b/.test(plain)) return 'aanbieder';
  if (/\b(?:per|by|each) (?:productcategorie|categorie|category|product category)\b/.test(plain)) return 'productcategorie';
  if (/\b(?:per|by|each) (?:gemeente|municipality)\b/.test(plain)) return 'gemeente';
  return undefined;
}
