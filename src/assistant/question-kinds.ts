/** "Wat is …?", "Wat betekent …?", "What is …?": questions that want a definition first. */
export function isDefinitionQuestion(question: string): boolean {
  return /^\s*(wat (is|zijn|betekent|betekenen|houdt .* in)|what (is|are|does .* mean)|define|definieer)\b/i.test(question);
}
