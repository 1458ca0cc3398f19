import { findFormerGemeenten, findGemeenten, resolveGemeente, type GemeenteMention } from '../../lib/gemeenten/index.ts';
import { memoizeRecent } from '../../lib/index.ts';
import type { TermMatcher } from './term-matcher.ts';

/**
 * A place a question names, as the words a document may name it by: "Friese gemeenten" asks about
 * Fryslân, which a document names as "Friesland", "Fryslân", "Friese" or "Fries".
 */
export type AskedPlace = readonly string[];

/** Provinces and regions, by the words questions and documents use for them (names and adjectives, Dutch and English). */
const REGION_FORMS: readonly (readonly string[])[] = [
  ['Groningen', 'Groningse', 'Groninger'],
  ['Fryslân', 'Friesland', 'Friese', 'Fries', 'Frisian'],
  ['Drenthe', 'Drentse', 'Drents'],
  ['Overijssel', 'Overijsselse'],
  ['Flevoland', 'Flevolandse'],
  ['Gelderland', 'Gelderse'],
  ['Utrecht', 'Utrechtse'],
  ['Noord-Holland', 'Noord-Hollandse', 'North Holland'],
  ['Zuid-Holland', 'Zuid-Hollandse', 'South Holland'],
  ['Zeeland', 'Zeeuwse', 'Zeeuws'],
  ['Noord-Brabant', 'Brabant', 'Brabantse'],
  ['Limburg', 'Limburgse'],
  ['Twente', 'Twentse'],
  ['Achterhoek', 'Achterhoekse'],
];

/** Adjectives of gemeenten that are not the name plus "-se" ("Haagse", "Nijmeegse"). */
const IRREGULAR_ADJECTIVES: Readonly<Record<string, string>> = {
  haagse: 'Den Haag',
  leidse: 'Leiden',
  nijmeegse: 'Nijmegen',
  bossche: "'s-Hertogenbosch",
  delfse: 'Delft',
};

const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The composer asks for a question's places three times (documents, sentences, asked names): found once. */
const RECENT_QUESTIONS = 256;

/**
 * The places a question names: gemeenten by name ("Almere") or adjective ("Haagse", "Amsterdamse"),
 * provinces and regions by name or adjective ("Friese", "Twentse", "Frisian").
 */
export const askedPlacesOf = memoizeRecent((question: string): readonly AskedPlace[] => computeAskedPlaces(question), { maxEntries: RECENT_QUESTIONS });

function computeAskedPlaces(question: string): AskedPlace[] {
  const words = question.match(/[\p{L}'’-]+/gu) ?? [];
  const folded = words.map(fold);
  const text = ` ${folded.join(' ')} `;
  const regions = REGION_FORMS.filter((forms) => forms.some((form) => text.includes(` ${fold(form)} `)));
  const isRegionWord = (word: string): boolean => regions.some((forms) => forms.some((form) => fold(form) === fold(word)));
  const places: AskedPlace[] = [...regions];
  for (const mention of [...findGemeenten({ text: question }), ...findFormerGemeenten({ text: question })]) {
    if (!isRegionWord(mention.raw)) places.push([mention.raw, ...mention.gemeenten.flatMap((g) => [g.name, ...g.aliases])]);
  }
  words.forEach((word, i) => {
    if (!/^\p{Lu}/u.test(word) || !folded[i]!.endsWith('se') || isRegionWord(word)) return;
    const resolved = resolveGemeente({ name: IRREGULAR_ADJECTIVES[folded[i]!] ?? word.slice(0, -2) });
    if (resolved.kind === 'exact') places.push([word, resolved.gemeente.name, ...resolved.gemeente.aliases]);
  });
  return places;
}

/** Whether a text names a place in one of its forms, as a whole word ("in Zeeland", "Zeeuwse gemeenten"). */
export function namesPlace(forms: AskedPlace, text: string): boolean {
  const words = ` ${(text.match(/[\p{L}'’-]+/gu) ?? []).map(fold).join(' ')} `;
  return forms.some((form) => words.includes(` ${fold(form)} `));
}

/**
 * Whether a document names every place the question asks about, in one of its words; judged once
 * per document. Undefined when the question names no place.
 */
export function documentsAboutAskedPlaces(question: string, terms: TermMatcher): ((docId: string) => boolean) | undefined {
  const places = askedPlacesOf(question);
  if (places.length === 0) return undefined;
  const judged = new Map<string, boolean>();
  return (docId) => {
    let about = judged.get(docId);
    if (about === undefined) judged.set(docId, (about = namesAskedPlaces(places, terms.documentTerms(docId), terms)));
    return about;
  };
}

function namesAskedPlaces(places: readonly AskedPlace[], documentTerms: ReadonlySet<string>, terms: TermMatcher): boolean {
  return places.every((forms) =>
    forms.some((form) => {
      const formTerms = terms.sentenceTerms(form);
      return formTerms.length > 0 && formTerms.every((term) => documentTerms.has(term));
    }),
  );
}

/**
 * Whether a sentence is about another place than the question asks about: it names a gemeente that
 * is not asked for (nor lies in an asked province) and none of the asked places ("In Zaanstad …"
 * answers nothing about Rotterdam). Undefined when the question names no place, or names a region
 * that is not a province (Twente), whose gemeenten are not known here.
 */
export function sentencesAboutOtherPlaces(question: string): ((sentence: string) => boolean) | undefined {
  const places = askedPlacesOf(question);
  // "de regio Alkmaar", "en omliggende gemeenten": the gemeenten around it are asked about too.
  if (places.length === 0 || AROUND_A_PLACE.test(question)) return undefined;
  const provinces = places.filter((forms) => REGION_FORMS.includes(forms)).map((forms) => forms[0]!);
  if (provinces.some((region) => NOT_A_PROVINCE.has(region))) return undefined;
  const askedForms = places.flat().map(fold);
  const isAsked = (mention: GemeenteMention) =>
    askedForms.includes(fold(mention.raw)) || mention.gemeenten.some((g) => askedForms.includes(fold(g.name)) || provinces.includes(g.province));
  const judged = new Map<string, boolean>();
  return (sentence) => {
    const known = judged.get(sentence);
    if (known !== undefined) return known;
    const about = aboutOtherPlace(sentence);
    judged.set(sentence, about);
    return about;
  };

  function aboutOtherPlace(sentence: string): boolean {
    // "bureau Lysias uit Amersfoort", "dan ze uit Den Haag krijgen": where someone or something comes from, not what the sentence is about.
    // "Karakter (kinder- en jeugdpsychiatrie in Ede, red.)": a place in brackets is an aside, not what the sentence is about.
    const mentions = [...findGemeenten({ text: sentence }), ...findFormerGemeenten({ text: sentence })].filter((mention) => mention.refersTo === 'gemeente' && !ORIGIN_BEFORE.test(sentence.slice(0, mention.index)) && !standsForGovernment(mention, sentence) && !inBrackets(sentence, mention.index));
    if (!mentions.some((mention) => !isAsked(mention))) return false;
    const text = ` ${(sentence.match(/[\p{L}'’-]+/gu) ?? []).map(fold).join(' ')} `;
    return !askedForms.some((form) => text.includes(` ${form} `)) && !mentions.some(isAsked);
  }
}

/** Whether the text at this index stands inside round brackets. */
function inBrackets(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** "uit …", "naar …" right before a place name: an origin or a destination ("geld uit Den Haag"). */
const ORIGIN_BEFORE = /\b(uit|naar|from|to)\s+$/i;

/** A question about a place and the gemeenten around it. */
const AROUND_A_PLACE = /\b(regio|region|omliggende|omringende|buurgemeenten|surrounding|neighbouring|neighboring)\b/i;

/** "Omdat Den Haag weigert over de brug te komen": the national government, unless the sentence opens on it or says "in" or "gemeente" before it. */
function standsForGovernment(mention: GemeenteMention, sentence: string): boolean {
  return mention.gemeenten.some((g) => g.name === "'s-Gravenhage" || g.aliases.includes('Den Haag')) && mention.index > 0 && !/\b(in|gemeente)\s+$/i.test(sentence.slice(0, mention.index));
}

/** The regions that are no province (the others are named as the gazetteer names their province). */
const NOT_A_PROVINCE: ReadonlySet<string> = new Set(['Twente', 'Achterhoek']);
