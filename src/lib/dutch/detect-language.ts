import type { Language } from '../index.ts';

const DUTCH_MARKERS = new Set(
  'de het een en van is zijn wat wie hoe waarom welke wanneer moeten moet wij we ons onze ik je jij u uw niet met voor naar bij op dat die deze dit er ook nog maar kan kunnen heeft hebben had hadden wordt worden zijn over tot als dan meer geen hoeveel gemeente jeugdhulp zorg'.split(' '),
);
const ENGLISH_MARKERS = new Set(
  'the a an and of is are was were what who how why which when should must we our us i you your not with for to at on that this these those there also can could has have had does do did be been about than more no many much municipality youth care funding'.split(' '),
);

/**
 * Decides whether a question is Dutch or English by counting function words of each language.
 * Dutch wins ties: most users write Dutch. The one language detection of the project: the
 * assistant answers in this language and the amount parser reads "1.200" by it.
 */
export function detectLanguage({ text }: { text: string }): Language {
  const words = text.toLowerCase().match(/[a-zà-ÿ']+/g) ?? [];
  let dutch = 0;
  let english = 0;
  for (const word of words) {
    if (DUTCH_MARKERS.has(word)) dutch++;
    if (ENGLISH_MARKERS.has(word)) english++;
  }
  return english > dutch ? 'en' : 'nl';
}
