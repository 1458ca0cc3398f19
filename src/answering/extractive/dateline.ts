/**
 * A news agency's dateline before the first sentence of an article: "BALK - Zestien …",
 * "UTRECHT (ANP) - Pleeggezinnen …", "NOORD-HOLLAND - HILVERSUM Na de …". One or two words in
 * capitals (a place), perhaps an agency in brackets, a dash, perhaps a second place; then the
 * sentence, opening with a capital. Longer runs of capitals ("PUBLIC PROCUREMENT RESEARCH
 * CENTRE – Een …") name something the sentence needs and are no dateline.
 */
const DATELINE = /^(?:\p{Lu}[\p{Lu}'’.-]{2,})(?: \p{Lu}[\p{Lu}'’.-]+)?(?: \([\p{L}.]+\))? [-–—] (?:\p{Lu}[\p{Lu}'’.-]{2,}(?: \p{Lu}[\p{Lu}'’.-]+)? (?=\p{Lu}\p{Ll}))?(?=["'“‘]?\p{Lu})/u;

/** The sentence as quoted in an answer: without the dateline it may open with. */
export function withoutDateline(sentence: string): string {
  return sentence.replace(DATELINE, '');
}
