/**
 * "Wat is een lumpsum?", "Wat betekent PxQ?", "What is task-based funding?", "Wat is het
 * woonplaatsbeginsel?", "Welke rol heeft de Jeugdautoriteit?": questions that want a definition, or
 * what something is or does, first. Not "Wat zijn de risico's van …?" or "What is the difference
 * between …?": a definite article followed by a relation asks about something of the subject (a
 * list, a difference, a budget), not what it is.
 */
export function isDefinitionQuestion(question: string): boolean {
  return DEFINITION_QUESTION.test(question) || asksWhatNamedThingIs(question) || ROLE_QUESTION.test(question);
}

const DEFINITION_QUESTION = /^\s*(wat (?:(?:eigenlijk|precies|nu) )?(is|zijn|betekent|betekenen|houdt .* in)|what (?:(?:exactly|actually) )?(is|are|does .* mean)|define|definieer)\b(?!\s+(de|het|the)\b)/i;

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
