import { findGemeenten, resolveGemeente } from '../../lib/gemeenten/index.ts';
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

/**
 * The places a question names: gemeenten by name ("Almere") or adjective ("Haagse", "Amsterdamse"),
 * provinces and regions by name or adjective ("Friese", "Twentse", "Frisian").
 */
export function askedPlacesOf(question: string): AskedPlace[] {
  const words = question.match(/[\p{L}'’-]+/gu) ?? [];
  const folded = words.map(fold);
  const text = ` ${folded.join(' ')} `;
  const regions = REGION_FORMS.filter((forms) => forms.some((form) => text.includes(` ${fold(form)} `)));
  const isRegionWord = (word: string): boolean => regions.some((forms) => forms.some((form) => fold(form) === fold(word)));
  const places: AskedPlace[] = [...regions];
  for (const mention of findGemeenten({ text: question })) {
    if (!isRegionWord(mention.raw)) places.push([mention.raw, ...mention.gemeenten.flatMap((g) => [g.name, ...g.aliases])]);
  }
  words.forEach((word, i) => {
    if (!/^\p{Lu}/u.test(word) || !folded[i]!.endsWith('se') || isRegionWord(word)) return;
    const resolved = resolveGemeente({ name: IRREGULAR_ADJECTIVES[folded[i]!] ?? word.slice(0, -2) });
    if (resolved.kind === 'exact') places.push([word, resolved.gemeente.name, ...resolved.gemeente.aliases]);
  });
  return places;
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
