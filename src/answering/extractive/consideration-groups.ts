import type { Bilingual } from '../../lib/index.ts';

/** The groups of a "should we…?" answer, in the order they are shown. */
export const CONSIDERATION_GROUPS = ['for', 'against', 'preconditions', 'findOutFirst'] as const;
export type ConsiderationGroup = (typeof CONSIDERATION_GROUPS)[number];

export const GROUP_TITLES: Record<ConsiderationGroup, Bilingual> = {
  for: { nl: 'Wat ervoor pleit', en: 'Considerations for' },
  against: { nl: 'Wat ertegen pleit (risico’s)', en: 'Considerations against (risks)' },
  preconditions: { nl: 'Randvoorwaarden', en: 'Preconditions' },
  findOutFirst: { nl: 'Eerst uitzoeken', en: 'What to find out first' },
};

/** Section headings that name a group, matched on folded lowercase text. */
const HEADING_CUES: Record<ConsiderationGroup, RegExp> = {
  findOutFirst: /\b(eerst|checklist|uitzoeken|vooronderzoek|analyse vooraf|find out)/,
  against: /\b(risico|nadel|overwegingen tegen|pleit tegen|valkuil|knelpunt|risks?|disadvantage)/,
  preconditions: /\b(randvoorwaard|voorwaard|bereid|voorbereid|als u overstapt|succesfactor|aandachtspunt|precondition)/,
  for: /\b(voordel|overwegingen voor|kansen|pleit voor|belofte|opbrengst|advantage|benefit)/,
};

/** Wording that places a sentence in a group when its section heading does not. */
const SENTENCE_CUES: Record<ConsiderationGroup, RegExp> = {
  findOutFirst: /\b(eerst (na|uit|evalu|onderzo|bekijk)|evalueer|ga na of|breng .{0,40} in kaart|zoek(t)? uit)/,
  against: /\b(risico|nadeel|nadelen|gevaar|wachtlijst|onderbehandel|afhankelijk(heid)? van|minder grip|keuzevrijheid)/,
  preconditions: /\b(randvoorwaard|voorwaarde|vereist|is nodig|zijn nodig|ventiel|langjarig contract|informatie-?uitwisseling|zorg (er)?voor dat)/,
  for: /\b(voordeel|voordelen|biedt (kansen|ruimte)|minder administrat|beter voorspelbaar|productieprikkel)/,
};

const ORDER = ['findOutFirst', 'preconditions', 'against', 'for'] as const;

/**
 * Puts a sentence in a group: by its own section heading when that names a group ("Risico's",
 * "Randvoorwaarden"), else by its wording. Sentences of a document's introduction (no section
 * heading below the title) are summaries and stay ungrouped.
 */
export function considerationGroupOf(sentence: string, headingPath: string[], title: string): ConsiderationGroup | undefined {
  const section = fold(headingPath.filter((heading) => heading !== title).at(-1) ?? '');
  if (!section) return undefined;
  for (const group of ORDER) if (HEADING_CUES[group].test(section)) return group;
  const text = fold(sentence);
  for (const group of ORDER) if (SENTENCE_CUES[group].test(text)) return group;
  return undefined;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A "should we …?" question that asks for one group only: what to arrange, the risks, the advantages, what to find out first. */
const ASKED_GROUP_CUES: Record<ConsiderationGroup, RegExp> = {
  preconditions: /\b(randvoorwaarden|voorwaarden|(wat|welke zaken) moet(en)? (wij|we|ik|de gemeente) (regelen|organiseren|vastleggen|afspreken)|regelen (we|wij)?\s*(voordat|als|wanneer)|preconditions|conditions|what (do|should|must) we (arrange|put in place|organise|organize|agree))\b/i,
  against: /\b(risico'?s|nadelen|valkuilen|fouten|risks|disadvantages|pitfalls|mistakes)\b/i,
  for: /\b(voordelen|kansen|advantages|benefits)\b/i,
  findOutFirst: /\b(eerst uitzoeken|eerst onderzoeken|find out first)\b/i,
};

/** The one group a question asks for ("Wat moeten we regelen voordat we overstappen?" → preconditions), if it asks for exactly one. */
export function askedGroupOf(question: string): ConsiderationGroup | undefined {
  const asked = CONSIDERATION_GROUPS.filter((group) => ASKED_GROUP_CUES[group].test(question));
  return asked.length === 1 ? asked[0] : undefined;
}
