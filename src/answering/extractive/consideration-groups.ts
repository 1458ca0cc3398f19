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

/** The words the documents head a group's sections with, to search for them when a question asks for that group in other words. */
export const GROUP_SEARCH_WORDS: Record<ConsiderationGroup, string> = {
  for: 'voordelen',
  against: "risico's nadelen",
  preconditions: 'randvoorwaarden',
  findOutFirst: 'eerst uitzoeken',
};

/** Section headings that name a group, matched on folded lowercase text. */
const HEADING_CUES: Record<ConsiderationGroup, RegExp> = {
  findOutFirst: /\b(eerst|checklist|uitzoeken|vooronderzoek|analyse vooraf|find out)/,
  against: /\b(risico|nadel|overwegingen tegen|pleit tegen|valkuil|knelpunt|risks?|disadvantage)/,
  preconditions: /\b(randvoorwaard|voorwaard|bereid|voorbereid|als u overstapt|succesfactor|aandachtspunt|maatregel|precondition|mitigat)/,
  for: /\b(voordel|voor- en nadel|overwegingen voor|kansen|pleit voor|belofte|opbrengst|advantage|benefit)/,
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
  if (!sectionHeadingOf(headingPath, title)) return undefined;
  const named = sectionGroupOf(headingPath, title);
  if (named) return named;
  const text = fold(sentence);
  for (const group of ORDER) if (SENTENCE_CUES[group].test(text)) return group;
  return undefined;
}

/** The group a section's own heading names ("Risico's", "Voor- en nadelen van open house"), if any. */
function sectionGroupOf(headingPath: readonly string[], title: string): ConsiderationGroup | undefined {
  const section = fold(sectionHeadingOf(headingPath, title));
  if (!section) return undefined;
  return ORDER.find((group) => HEADING_CUES[group].test(section));
}

/** Headings about what limits the risks ("Maatregelen om de risico's te beperken"): no risks themselves. */
const MITIGATION_HEADING = /\b(maatregel|beperk|voorkom|mitigat)/;

/** Whether a section's own heading is about limiting risks ("Maatregelen om de risico's te beperken"). */
export function sectionIsMitigation(headingPath: readonly string[], title: string): boolean {
  return MITIGATION_HEADING.test(fold(sectionHeadingOf(headingPath, title)));
}

/**
 * Whether a section's own heading names this group, also when it names another as well: "Risico's en
 * aandachtspunten" lists risks, "Voor- en nadelen van open house" both advantages and disadvantages.
 */
export function sectionNamesGroup(headingPath: readonly string[], title: string, group: ConsiderationGroup): boolean {
  const section = fold(sectionHeadingOf(headingPath, title));
  if (!section || !HEADING_CUES[group].test(section)) return false;
  return group !== 'against' || !MITIGATION_HEADING.test(section);
}

/** Wording that turns from advantages to disadvantages within one section ("Het nadeel is dat …"). */
const TURNS_TO_DISADVANTAGES = /\b(nadeel|nadelen|keerzijde|bezwaar|bezwaren|bedenking|bedenkingen|risico|risico's|disadvantage|drawback)\b/;

/**
 * Of a section that names both advantages and disadvantages ("Voor- en nadelen van open house"), the
 * sentences of the asked side: the disadvantages from the sentence that turns to them, the advantages
 * before it. All of them when no sentence turns.
 */
export function sideOfMixedSection<T>(sentences: readonly T[], textOf: (sentence: T) => string, group: ConsiderationGroup): readonly T[] {
  const turn = sentences.findIndex((sentence) => TURNS_TO_DISADVANTAGES.test(fold(textOf(sentence))));
  if (turn <= 0) return sentences;
  if (group === 'against') return sentences.slice(turn);
  if (group === 'for') return sentences.slice(0, turn);
  return sentences;
}

/** Whether a section's own heading names both advantages and disadvantages ("Voor- en nadelen"). */
export function sectionNamesBothSides(headingPath: readonly string[], title: string): boolean {
  return sectionNamesGroup(headingPath, title, 'for') && sectionNamesGroup(headingPath, title, 'against');
}

function sectionHeadingOf(headingPath: readonly string[], title: string): string {
  return headingPath.filter((heading) => heading !== title).at(-1) ?? '';
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A "should we …?" question that asks for one group only: what to arrange, the risks, the advantages, what to find out first. */
const ASKED_GROUP_CUES: Record<ConsiderationGroup, RegExp> = {
  preconditions: /\b(randvoorwaarden|voorwaarden|wat (?:heb|hebben) (?:je|we|wij|jullie|ik|u|een gemeente|gemeenten)(?: als gemeente)? nodig|wat is er nodig (?:om|voor)|what (?:do|does) (?:you|we|a municipality|municipalities|the municipality) need (?:to make|for)|(wat|welke zaken) moet(en)? (wij|we|ik|de gemeente|een gemeente|gemeenten) (regelen|organiseren|vastleggen|afspreken)|regelen (we|wij)?\s*(voordat|als|wanneer)|preconditions|conditions|what (do|should|must) (we|i|a municipality|the municipality|municipalities) (arrange|put in place|organise|organize|agree)|what (does|do) (we|i|a municipality|the municipality|municipalities) need to (arrange|put in place|organise|organize|agree|have in place))\b/i,
  // "Wat gaat er mis bij …?", "Waar moet ik op letten bij …?", "What can go wrong …?": the risks.
  against: /\b(risico'?s|nadelen|valkuilen|fouten|minnen|aandachtspunten|pleit(en)? (er )?tegen|spreekt (er )?tegen|wat (gaat|ging|kan) (er )?(mis|fout)|waar (moet|moeten|moet je|moet ik|moeten we|moeten wij|moet een gemeente) [\p{L}\s]{0,30}?op letten|risks|disadvantages|drawbacks|downsides|pitfalls|mistakes|cons|arguments against|what (can|could) go wrong|watch out for)\b/iu,
  // "voor- en nadelen" asks both: its "voor-" is the advantages.
  for: /\b(voordelen|voor- en nadelen|kansen|plussen|pleit(en)? (er )?voor|spreekt (er )?voor|advantages|benefits|pros|arguments for)\b/i,
  findOutFirst: /\b(eerst uitzoeken|eerst onderzoeken|find out first)\b/i,
};

/** The groups a question's words ask for ("Wat zijn de nadelen …?" → against; "voor- en nadelen" → for and against). */
function askedGroupsOf(question: string): ConsiderationGroup[] {
  return CONSIDERATION_GROUPS.filter((group) => ASKED_GROUP_CUES[group].test(question));
}

/**
 * "Wat zijn de voor- en nadelen van open house?", "What are the pros and cons …?": a question for both
 * the advantages and the disadvantages, and nothing else of the groups.
 */
export function asksBothSides(question: string): boolean {
  const asked = askedGroupsOf(question);
  return asked.length === 2 && asked.includes('for') && asked.includes('against');
}

/** The one group a question asks for ("Wat moeten we regelen voordat we overstappen?" → preconditions), if it asks for exactly one. */
export function askedGroupOf(question: string): ConsiderationGroup | undefined {
  const asked = askedGroupsOf(question);
  return asked.length === 1 ? asked[0] : undefined;
}

/**
 * The question without the words that ask for a group ("Wat zijn de nadelen van X?" → "Wat zijn de van X?"):
 * what the group is of. The words of every asked group go: "advantages and disadvantages of X" is of X.
 */
export function withoutGroupWords(question: string, group: ConsiderationGroup): string {
  const asked = new Set([group, ...askedGroupsOf(question)]);
  return [...asked].reduce((rest, each) => rest.replace(new RegExp(ASKED_GROUP_CUES[each].source, 'giu'), ' '), question);
}
