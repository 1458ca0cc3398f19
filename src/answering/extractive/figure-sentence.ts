import { gemeenteCodesIn } from '../../lib/gemeenten/index.ts';
import { asksForAmount, givesAmount, withoutAmounts } from './money.ts';
import type { TermMatcher } from './term-matcher.ts';
import { gemeentenMissingFromPassages } from './evidence.ts';
import { askedPlacesOf, namesPlace } from './asked-places.ts';

/**
 * A figure a person would quote: an amount, a percentage, a count of people or organisations, a
 * number with thousands separators or "miljoen". Not a code (JW301, A027918), an article number
 * (2.3.5) or a bare year.
 */
const FIGURE = /€\s?\d|\d\s?(%|procent\b|percent\b)|\b\d[\d.,]*\s+(miljoen|miljard|duizend|million|billion)\b|(^|[^\w.,])\d{1,3}(\.\d{3})+(?![\d.,]*\w)|(^|\s)(ruim |circa |bijna |ongeveer |zo'n |meer dan |minder dan )?\d[\d.,]*\s+(kinderen|jongeren|jeugdigen|cliënten|clienten|aanbieders|zorgaanbieders|jeugdhulpaanbieders|gemeenten|inwoners|plaatsingen|gezinnen|gezinshuizen|trajecten|mensen|huishoudens|medewerkers|professionals|children|young people|clients|providers|municipalities|placements)\b/iu;

export function holdsFigure(sentence: string): boolean {
  return FIGURE.test(sentence);
}

/**
 * Whether a sentence can answer a number question on its own terms: it gives a figure, names the
 * year the question asks about (when it asks about one), and its passage is about the gemeente the
 * question names. A figure about another place or year must not stand in for the one asked.
 */
export function figureFits(options: { sentence: string; passageTerms: ReadonlySet<string>; documentTitle: string; question: string; terms: TermMatcher }): boolean {
  const { sentence, passageTerms, documentTitle, question, terms } = options;
  if (!holdsFigure(sentence) || !givesFigureKindAsked(sentence, question)) return false;
  const years = question.match(/\b(19[5-9]\d|20\d{2})\b/g) ?? [];
  if (years.some((year) => !sentence.includes(year))) return false;
  if (gemeentenMissingFromPassages({ question, present: passageTerms, terms }).length > 0) return false;
  // A national figure in a document that mentions Utrecht elsewhere is no figure for Utrecht: the sentence or the document's title names the gemeente.
  const named = new Set([...gemeenteCodesIn(sentence), ...gemeenteCodesIn(documentTitle)]);
  const asked = gemeenteCodesIn(question);
  // Asked for a place the gazetteer gives no gemeente code for (a province or region: "in Zeeland"), the sentence or the title names it.
  const regions = asked.size === 0 ? askedPlacesOf(question) : [];
  if (regions.length > 0) return regions.every((forms) => namesPlace(forms, sentence) || namesPlace(forms, documentTitle));
  // Asked for no place (a national figure), the sentence says it is national; a figure for Den Haag or from a case about it answers another question.
  if (asked.size === 0) return named.size === 0 && NATIONAL.test(sentence);
  return [...asked].every((code) => named.has(code));
}

/** A figure for the whole country: "in Nederland", "landelijk", "in ons land", "in the Netherlands" (not "Jeugdzorg Nederland"). */
const NATIONAL = /\b(?:in|van|voor) (?:heel )?Nederland\b|\blandelijke?\b|\bnationale?\b|\bin ons land\b|\bin the Netherlands\b|\bnational(?:ly)?\b/iu;

/** Percentages ("25%", "ruim 15 procent"). */
const PERCENTAGE = /\d[\d.,]*\s?(%|procent\b|percent\b)/iu;
const PERCENTAGES = new RegExp(PERCENTAGE.source, 'giu');
/** A duration in digits ("2 jaar", "8 weken"): no count of people or things. */
const DURATION = /\d[\d.,]*\s+(jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|uren|years?|months?|weeks?|days?|hours?)\b/giu;
/** A number in digits that is no year ("1.800", "355", not "2023"). */
const COUNT = /(^|[^\p{L}\d.,])(?!(?:19|20)\d{2}(?![\d.,]\d))\d[\d.,]*/u;

/**
 * Whether the sentence gives the kind of figure the question asks for: an amount for "Wat kost …?",
 * a percentage for "Hoeveel procent …?", and for "Hoeveel kinderen …?" a number that is no amount,
 * percentage or year ("De kosten stegen met € 42,8 miljoen" gives no count of children).
 */
function givesFigureKindAsked(sentence: string, question: string): boolean {
  if (asksForAmount(question)) return givesAmount(sentence);
  if (/\b(hoeveel procent|welk percentage|welk deel|what percentage|what share|what proportion)\b/i.test(question)) return PERCENTAGE.test(sentence);
  if (/\b(hoeveel|how many)\b/i.test(question)) return COUNT.test(withoutAmounts(sentence).replace(PERCENTAGES, ' ').replace(DURATION, ' '));
  return true;
}
