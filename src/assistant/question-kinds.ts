/**
 * "Wat is een lumpsum?", "Wat betekent PxQ?", "What is task-based funding?", "Wat is het
 * woonplaatsbeginsel?", "Welke rol heeft de Jeugdautoriteit?": questions that want a definition, or
 * what something is or does, first. Not "Wat zijn de risico's van …?" or "What is the difference
 * between …?": a definite article followed by a relation asks about something of the subject (a
 * list, a difference, a budget), not what it is.
 */
export function isDefinitionQuestion(question: string): boolean {
  return DEFINITION_QUESTION.test(question) || DEFINITION_OF_TERM.test(question) || MEANING_QUESTION.test(question) || asksWhatNamedThingIs(question) || ROLE_QUESTION.test(question) || ONE_TERM.test(question) || HOW_IT_WORKS.test(question);
}

/** "Hoe werkt open house?", "How does task-based funding work?": how a thing works starts with what it is. */
const HOW_IT_WORKS = /^\s*(hoe (werkt|werken) (?!het (in|bij)\b)[\p{L}\s'’-]{2,60}\??\s*$|how (does|do) [\p{L}\s'’-]{2,60} work\??\s*$)/iu;

/** "ventiel", "lumpsum?", "PxQ": a single term typed as a question asks what it is. */
const ONE_TERM = /^\s*[\p{L}][\p{L}\p{N}×'’-]*\s*\??\s*$/u;

/** "Wat is een ventiel?", "What is the Hervormingsagenda?": what a term of one to three words is, and nothing more. */
const WHAT_IS_TERM = /^\s*(?:wat|what)\s+(?:is|zijn|are|betekent|betekenen|means?)\s+(?:(?:een|de|het|a|an|the)\s+)?[\p{L}\p{N}×'’-]+(?:\s+[\p{L}\p{N}×'’-]+){0,2}\s*\??\s*$/iu;

/**
 * A question for what a term is and nothing else ("ventiel", "Wat is een ventiel?"): the sentence saying
 * what it is answers it before any sentence that only uses the word, however well that one matches.
 */
export function isPlainDefinitionQuestion(question: string): boolean {
  return ONE_TERM.test(question) || WHAT_IS_TERM.test(question) || DEFINITION_OF_TERM.test(question);
}

/** "definition of outpatient youth care?", "betekenis van een ventiel": the definition of a term of one to three words, typed as a fragment. */
const DEFINITION_OF_TERM = /^\s*(?:(?:the|de)\s+)?(?:definition|meaning|definitie|betekenis)\s+(?:of|van)\s+(?:(?:een|de|het|a|an|the)\s+)?[\p{L}\p{N}×'’-]+(?:\s+[\p{L}\p{N}×'’-]+){0,2}\s*\??\s*$/iu;

/**
 * "Wat wordt bedoeld met herhaald beroep?", "Wat verstaat de rekenkamer onder toegang?", "Wat rekent de
 * commissie tot de toegang?", "Hoe definieert het CBS jeugdhulp?", "What does the report mean by access?",
 * "What does the audit committee count as access?":
 * what someone means by a word is its definition.
 */
const MEANING_QUESTION = /^\s*(wat (wordt|worden) (er )?(\p{L}+ )?(bedoeld|verstaan)\b|wat (verstaat|verstaan|bedoelt|bedoelen|rekent|rekenen)\b.{0,120}\b(onder|met|tot)\b|hoe (definieert|definiëren|omschrijft|omschrijven)\b|what (?:does|do)\b.{0,120}\b(?:mean by|understand by|count as|regard as|include under)\b|how (does|do)\b.{0,120}\bdefine\b)/iu;

/** "Wat verstaat/bedoelt/rekent <wie> onder/met/tot <woord>?", "What does <who> mean by <word>?": who means it, and the word. */
const MEANT_WORD = /^\s*(?:wat (?:verstaat|verstaan|bedoelt|bedoelen|rekent|rekenen)\b.{1,120}?\b(?:onder|met|tot)|what (?:does|do)\b.{1,120}?\b(?:mean by|understand by|count as|regard as|include under))\s+(.+?)\s*\??\s*$/iu;

/**
 * The word a question asks the meaning of when it names who means it ("Wat rekent de rekenkamercommissie
 * Wassenaar tot de 'toegang' tot de Wmo?" → "de 'toegang' tot de Wmo"): the answer says what that word
 * means; who means it chose the document, not the sentence.
 */
export function meantWordOf(question: string): string | undefined {
  return MEANT_WORD.exec(question)?.[1];
}

const DEFINITION_QUESTION = /^\s*(wat (?:(?:eigenlijk|precies|nu) )?(is|zijn|betekent|betekenen|houdt .* in)|what (?:(?:exactly|actually) )?(is|are|does .* mean)|define|definieer)\b(?!\s+(de|het|the)\b)(?!\s+(volgens|according to)\s+((de|het|the)\s+)?\S+\s+(de|het|the)\b)/i;

/** "Welke rol heeft de Jeugdautoriteit?", "Wat doet een wijkteam?", "What is the NZa responsible for?". */
const ROLE_QUESTION = /^\s*(welke (rol|taak|taken|functie) (heeft|hebben|speelt|spelen|vervult|vervullen)|wat (doet|doen)|wat (is|zijn) de (rol|taak|taken|functie) van|waarvoor (is|zijn) .{2,60} verantwoordelijk|what (role|roles) (does|do)|what does|what is the (role|task|function) of|what (is|are) .{2,60} responsible for)\b/i;

/** "Wat is het woonplaatsbeginsel?", "What is the Hervormingsagenda?": an article and a short name, no relation ("het budget van …"). */
const ARTICLE_AND_NAME = /^\s*(?:wat is|what is) (?:de|het|the) ([^?]+?)\s*\??\s*$/i;
const RELATION_WORD = /\b(van|voor|in|bij|tussen|met|op|per|om|over|na|tegen|uit|of|for|between|with|on|per|in|at|from|to|about|verschil|difference|aantal|number|budget|kosten|costs|bedrag|amount|percentage|reden|reason|rol|role|doel|aim)\b/i;
const MAX_NAME_WORDS = 4;

function asksWhatNamedThingIs(question: string): boolean {
  const name = ARTICLE_AND_NAME.exec(question)?.[1];
  return name !== undefined && name.split(/\s+/).length <= MAX_NAME_WORDS && !RELATION_WORD.test(name);
}
