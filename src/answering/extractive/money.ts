/** Questions for an amount of money, and sentences that give one. */

/** Asks for money: "wat kost", "welk tarief", "hoeveel budget", "welk tekort", "how much does … cost". */
const ASKS_AMOUNT = /\b(welke? (tekort|tekorten|overschot)|hoe (groot|hoog) (is|was) het (tekort|overschot)|what (deficit|surplus)|how (large|big) (is|was) the (deficit|surplus)|wat kost|wat kosten|hoeveel kost|welk (uur)?tarief|welke tarieven|welk bedrag|hoeveel geld|hoeveel budget|wat is het budget|hoe hoog (is|was|zijn|waren) (het|de) (budget|tarief|tarieven|bedrag|uurtarief|eigen bijdrage|vergoeding|salaris)|wat (is|was) (het|de) (uurtarief|tarief|eigen bijdrage)|wat verdien(t|en)|what (hourly )?rate|what (is|was|are|were) the (hourly |average )?(budget|rate|rates|price|prices|tariff|tariffs|personal contribution|co-payment)|how much (does|did|do)\b[^?]*\b(cost|pay|spend|earn)|how much money)\b/i;

/** An amount of money: "€ 42,8 miljoen", "19 euro", "elf miljoen". */
const AMOUNT = /€\s?\d|\d[\d.,]*\s*(euro|eur\b|miljoen|miljard)|\b(euro|miljoen|miljard)\b/i;

/** Amounts with their scale and currency, as whole spans ("€ 42,8 miljoen", "114 miljoen euro"). */
const AMOUNT_SPAN = /€\s?\d[\d.,]*(\s*(miljoen|miljard|duizend))?|\d[\d.,]*\s*(miljoen|miljard)?\s*(euro|eur)\b/giu;

/** The sentence with its amounts of money blanked out: what numbers are left count something else. */
export function withoutAmounts(sentence: string): string {
  return sentence.replace(AMOUNT_SPAN, ' ');
}

/** Whether the question asks for an amount of money. */
export function asksForAmount(question: string): boolean {
  return ASKS_AMOUNT.test(question);
}

/** Whether the sentence gives an amount of money ("€ 42,8 miljoen", "Heerlen (6 miljoen)"). */
export function givesAmount(sentence: string): boolean {
  return AMOUNT.test(sentence);
}
