/**
 * Word patterns that tell a data question from a knowledge question. Matched on the lower-cased
 * question with diacritics removed ("residentiële" → "residentiele").
 */
export function plainText(question: string): string {
  return question.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** Asks for a figure: "hoeveel", "how many", "wat is het aantal", "cijfers". */
export const asksForFigure =
  /\b(?:hoeveel|how many|how much|hoe groot|hoe hoog|what (?:is|was|were) the (?:number|share|percentage|population|cost)|wat (?:is|was|waren) (?:het|de) (?:aantal|aandeel|percentage|inwonertal|kosten|uitgaven)|aantal|number of|percentage|cijfers?|figures?|per 1[.,]?000|per duizend|per thousand|inwonertal)\b/;

/** Reasoning or advice questions, answered from the knowledge base even when a figure word occurs. */
export const asksForKnowledge =
  /^(?:hoe (?:heeft|hebben|kan|kunnen|kun|moet|moeten|werkt|zorg)|waarom|why|how (?:did|do|does|can|could|should)|moeten|moet|should|wat (?:is|zijn) (?:de |het )?(?:risico|voordel|nadel|verschil|idee|doel)|what (?:is|are) (?:the )?(?:risk|benefit|advantage|disadvantage|difference|idea))/;

/** The gemeente's own registration: "we", "onze", "bij ons", "our". */
export const ownData = /\b(?:we|wij|ons|onze|bij ons|our|us|eigen registratie|own registration|toewijzingen)\b/;

/** Rate per 1,000 inhabitants. */
export const perThousandInhabitants = /per\s*(?:1[.,]?000|duizend|thousand)\s*(?:inwoners|inhabitants|residents|people)?/;

/** Number of years of a comparison: "over 4 jaar", "for 5 years", "looptijd van 8 jaar". */
export const yearsSpan = /\b(?:over|voor|gedurende|looptijd van|in|for|over a period of|during)\s+(\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:jaar|jaren|years?)\b/;
