import type { Language } from '../../assistant/index.ts';
import { findFormerGemeente, findGemeenten, findProvince, resolveGemeente, type FormerGemeente, type GemeenteRecord, type ProvinceRef } from '../../lib/gemeenten/index.ts';
import { inLanguage } from '../../lib/index.ts';
import type { RouteOf } from './data-route.ts';

export type GemeenteMentions =
  /** `former`: gemeenten dissolved since 2015 that the question names ("Weesp", "Haren"); `provinces`: "Limburg", "provincie Utrecht". */
  | { kind: 'found'; gemeenten: GemeenteRecord[]; former?: FormerGemeente[]; provinces?: ProvinceRef[] }
  | { kind: 'clarify'; message: string };

/** Words that may follow a preposition with a capital but are no place names. */
const notPlaceNames = new Set([
  'cbs', 'statline', 'ijw', 'jeugdautoriteit', 'hervormingsagenda', 'incluzio', 'september', 'oktober', 'november', 'december', 'januari', 'februari', 'maart', 'april', 'juni', 'juli', 'augustus', 'january', 'february', 'march', 'june', 'july', 'august', 'october', 'jeugdwet', 'wmo', 'p', 'q', 'nederland', 'the', 'netherlands', 'dutch', 'nl', 'q1', 'q2', 'q3', 'q4',
]);

/** A capitalised word (with an optional capitalised second word) that is not the first word of a sentence. */
const placeCandidate = /(?<=[\p{L}\p{N},;:)]\s+)(\p{Lu}[\p{L}'’-]{3,}(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;

/**
 * The gemeenten named in a question, via the gazetteer. A name shared by several gemeenten
 * ("Bergen") or a capitalised word that is close to a gemeente ("Utreht") is not guessed: the
 * caller asks the user ("Bedoelt u Utrecht?").
 */
export function resolveGemeenteMentions({ question, language }: { question: string; language: Language }): GemeenteMentions {
  const mentions = findGemeenten({ text: question });
  const gemeenten: GemeenteRecord[] = [];
  const provinces: ProvinceRef[] = [];
  for (const mention of mentions) {
    if (mention.gemeenten.length > 1) {
      const resolved = resolveGemeente({ name: mention.raw });
      if (resolved.kind === 'ambiguous') return { kind: 'clarify', message: inLanguage({ nl: resolved.message, en: resolved.messageEn }, language) };
    }
    const [only] = mention.gemeenten;
    if (only && mention.refersTo === 'gemeente' && !gemeenten.includes(only)) gemeenten.push(only);
    if (mention.refersTo === 'province' && mention.province && !provinces.includes(mention.province)) provinces.push(mention.province);
  }
  const covered = mentions.map((mention) => ({ start: mention.index, end: mention.index + mention.raw.length }));
  const former: FormerGemeente[] = [];
  for (const match of question.matchAll(placeCandidate)) {
    const name = match[1] ?? '';
    const start = match.index ?? 0;
    if (covered.some((span) => start < span.end && start + name.length > span.start)) continue;
    if (notPlaceNames.has(name.toLowerCase())) continue;
    const firstWord = name.split(/\s+/)[0] ?? name;
    for (const candidate of [name, firstWord]) {
      // "Limburg" is no typo of "Tilburg": it is a province ("Noord-Holland Noord" is a region of its own).
      const province = candidate === name ? findProvince({ name: candidate }) : undefined;
      if (province) {
        if (!provinces.includes(province)) provinces.push(province);
        break;
      }
      // "Weesp" is no typo of "Weert": it was a gemeente until 2022.
      const dissolved = findFormerGemeente(candidate);
      if (dissolved) {
        if (!former.includes(dissolved)) former.push(dissolved);
        break;
      }
      const resolved = resolveGemeente({ name: candidate });
      if (resolved.kind === 'suggestion') return { kind: 'clarify', message: inLanguage({ nl: resolved.message, en: resolved.messageEn }, language) };
      if (resolved.kind === 'ambiguous') return { kind: 'clarify', message: inLanguage({ nl: resolved.message, en: resolved.messageEn }, language) };
    }
  }
  return { kind: 'found', gemeenten, ...(former.length > 0 ? { former } : {}), ...(provinces.length > 0 ? { provinces } : {}) };
}

/** The provinces named ("Limburg", "provincie Utrecht"); none while a name is unclear. */
export function provincesNamed(mentions: GemeenteMentions): ProvinceRef[] {
  return mentions.kind === 'found' ? (mentions.provinces ?? []) : [];
}

/** The former gemeenten named; none while a name is unclear. */
export function formerGemeenten(mentions: GemeenteMentions): FormerGemeente[] {
  return mentions.kind === 'found' ? (mentions.former ?? []) : [];
}

/** The gemeenten found; none while a name is unclear. */
export function foundGemeenten(mentions: GemeenteMentions): GemeenteRecord[] {
  return mentions.kind === 'found' ? mentions.gemeenten : [];
}

/** A question routed to a tool while a place name is unclear ("Utreht", "Bergen") asks about the place first. */
export function askAboutUnclearGemeente<N extends string, I>(route: RouteOf<N, I>, mentions: GemeenteMentions): RouteOf<N, I> {
  if (route && mentions.kind === 'clarify') return { kind: 'clarify', ...(route.tool ? { tool: route.tool } : {}), message: mentions.message };
  return route;
}
