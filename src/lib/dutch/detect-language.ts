import type { Language } from '../language.ts';

const dutchMarkers = new Set([
  'de', 'het', 'een', 'en', 'van', 'tot', 'met', 'voor', 'wat', 'hoeveel', 'wanneer', 'ons', 'onze', 'jaar',
  'miljoen', 'miljard', 'procent', 'jeugdigen', 'jongeren', 'uitgegeven', 'kost', 'kosten', 'hadden', 'hebben',
  'zijn', 'niet', 'ook', 'dit', 'vorig', 'gemeente', 'bij', 'inwoners', 'op', 'mln', 'mld', 'maal', 'hoe', 'is', 'sinds',
]);
const englishMarkers = new Set([
  'the', 'and', 'of', 'what', 'how', 'many', 'much', 'when', 'our', 'year', 'years', 'million', 'billion', 'percent',
  'young', 'people', 'spent', 'cost', 'costs', 'had', 'have', 'with', 'for', 'this', 'last', 'compared',
  'inhabitants', 'to', 'was', 'were', 'we', 'does', 'do', 'did', 'since', 'through',
]);

/** Guesses whether a text is Dutch or English by counting common words; ties go to Dutch. */
export function detectLanguage({ text }: { text: string }): Language {
  let dutch = 0;
  let english = 0;
  for (const word of text.toLowerCase().slice(0, 5000).split(/[^\p{L}]+/u)) {
    if (dutchMarkers.has(word)) dutch++;
    if (englishMarkers.has(word)) english++;
  }
  return english > dutch ? 'en' : 'nl';
}
