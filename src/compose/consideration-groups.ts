import type { Language } from '../core/answer.ts';

/** The groups of a "should we…?" answer, in the order they are shown. */
export const CONSIDERATION_GROUPS = ['for', 'against', 'preconditions', 'findOutFirst'] as const;
export type ConsiderationGroup = (typeof CONSIDERATION_GROUPS)[number];

export const GROUP_TITLES: Record<ConsiderationGroup, Record<Language, string>> = {
  for: { nl: 'Wat ervoor pleit', en: 'Considerations for' },
  against: { nl: 'Wat ertegen pleit (risico’s)', en: 'Considerations against (risks)' },
  preconditions: { nl: 'Randvoorwaarden', en: 'Preconditions' },
  findOutFirst: { nl: 'Eerst uitzoeken', en: 'What to find out first' },
};

const CUES: Record<ConsiderationGroup, RegExp> = {
  findOutFirst: /\b(eerst|vooraf|voordat|evalu|uitzoeken|nagaan|onderzoek(en)? of|analyse|in kaart|doorontwikkel)/i,
  preconditions: /\b(randvoorwaard|voorwaard|vereist|noodzakelijk|nodig|ventiel|langjarig|contractduur|informatie-?uitwisseling|monitor|training|zorg (er)?voor dat|moet(en)? (er|de|het))/i,
  against: /\b(risico|nadeel|nadelen|gevaar|wachtlijst|onderbehandel|afhankelijk|minder grip|budget.{0,20}op|tekort|overschrijd|keuzevrijheid|lastig|complex)/i,
  for: /\b(voordeel|voordelen|kans|ruimte|minder administrat|rust|vertrouwen|flexib|innover|preventie|ontschot|grip op( de)? kosten|beheersbaar|voorspelbaar|transformatie)/i,
};

/** Puts a sentence in a group from its wording, falling back on its section heading. */
export function considerationGroupOf(sentence: string, headingPath: string[]): ConsiderationGroup | undefined {
  const heading = headingPath.join(' ');
  for (const group of ['findOutFirst', 'preconditions', 'against', 'for'] as const) {
    if (CUES[group].test(heading)) return group;
  }
  for (const group of ['findOutFirst', 'preconditions', 'against', 'for'] as const) {
    if (CUES[group].test(sentence)) return group;
  }
  return undefined;
}
