/**
 * "Wat is een lumpsum?", "Wat betekent PxQ?", "What is task-based funding?": questions that want a
 * definition first. Not "Wat zijn de risico's …?" or "What is the difference …?": with a definite
 * article the question asks about something of the subject (a list, a difference), not what it is.
 */
export function isDefinitionQuestion(question: string): boolean {
  return /^\s*(wat (?:(?:eigenlijk|precies|nu) )?(is|zijn|betekent|betekenen|houdt .* in)|what (?:(?:exactly|actually) )?(is|are|does .* mean)|define|definieer)\b(?!\s+(de|het|the)\b)/i.test(question);
}
