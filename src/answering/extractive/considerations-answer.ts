import type { Language } from '../../assistant/index.ts';
import type { Bilingual } from '../../lib/index.ts';
import { overlap, SAYS_THE_SAME } from './answer-selection.ts';
import { CONSIDERATION_GROUPS, considerationGroupOf, GROUP_TITLES, type ConsiderationGroup } from './consideration-groups.ts';
import type { ScoredSentence } from './scored-sentence.ts';

/*
 * The considerations of a "should we …?" answer, grouped (for, against, preconditions, what to find out
 * first), and the two sides of a "voor- en nadelen" answer: which sentences, and how they are laid out.
 */
/** The best sentences of each group, up to three per group; the best ungrouped ones when the groups give few. */
export function pickForDecision(scored: ScoredSentence[], limit: number, askedGroup?: ConsiderationGroup): ScoredSentence[] {
  // "Wat moeten we regelen voordat we overstappen?" asks for the preconditions only, when the sources give them.
  if (askedGroup && scored.some((sentence) => groupOf(sentence) === askedGroup)) return pickForDecision(scored.filter((sentence) => groupOf(sentence) === askedGroup), limit);
  const perGroup = new Map<ConsiderationGroup, ScoredSentence[]>();
  const chosen: ScoredSentence[] = [];
  for (const sentence of scored) {
    const group = groupOf(sentence);
    if (!group) continue;
    const list = perGroup.get(group) ?? [];
    if (list.length >= 3 || chosen.length >= limit) continue;
    if (chosen.some((p) => overlap(p.candidate.terms, sentence.candidate.terms) > SAYS_THE_SAME)) continue;
    list.push(sentence);
    perGroup.set(group, list);
    chosen.push(sentence);
  }
  if (chosen.length === 0) return scored.slice(0, 4);
  // Few considerations in the sources: the best other sentences follow them, as plain text ("Zeeland koos voor minder aanbieders …").
  if (chosen.length < FEW_CONSIDERATIONS) {
    for (const sentence of scored) {
      if (chosen.length >= FEW_CONSIDERATIONS) break;
      if (chosen.includes(sentence) || groupOf(sentence) || chosen.some((p) => overlap(p.candidate.terms, sentence.candidate.terms) > SAYS_THE_SAME)) continue;
      chosen.push(sentence);
    }
  }
  return chosen;
}

/** A "should we …?" answer with fewer grouped considerations than this takes the best other sentences too. */
const FEW_CONSIDERATIONS = 3;

export function renderParagraph(picked: ScoredSentence[], cite: (s: ScoredSentence) => string): string {
  return picked.map(cite).join(' ');
}

/** The picked considerations under their group titles, in the groups' order; ungrouped ones after them. */
export function renderGroups(picked: ScoredSentence[], language: Language, cite: (s: ScoredSentence) => string): string {
  const sections: string[] = [];
  for (const group of CONSIDERATION_GROUPS) {
    const members = picked.filter((s) => groupOf(s) === group);
    if (members.length === 0) continue;
    sections.push(`**${GROUP_TITLES[group][language]}**\n\n${members.map(cite).join(' ')}`);
  }
  const ungrouped = picked.filter((s) => !groupOf(s));
  if (ungrouped.length > 0) sections.push(ungrouped.map(cite).join(' '));
  return sections.join('\n\n');
}

/** The two sides of a "voor- en nadelen" answer, each under its heading, advantages first. */
export function renderSides(sides: { for: ScoredSentence[]; against: ScoredSentence[] }, language: Language, cite: (s: ScoredSentence) => string): string {
  return (['for', 'against'] as const).map((side) => `**${SIDE_TITLES[side][language]}**\n\n${sides[side].map(cite).join(' ')}`).join('\n\n');
}

const SIDE_TITLES: Record<'for' | 'against', Bilingual> = {
  for: { nl: 'Voordelen', en: 'Advantages' },
  against: { nl: 'Nadelen en risico’s', en: 'Disadvantages and risks' },
};

/** The consideration group of a sentence, by its section heading or its own words. */
export function groupOf(sentence: ScoredSentence): ConsiderationGroup | undefined {
  const { chunk } = sentence.passage;
  return considerationGroupOf(sentence.candidate.text, chunk.headingPath, chunk.metadata.title);
}
