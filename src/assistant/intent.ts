/** What the user asks for: knowledge from the corpus, a figure, a calculation, or help with the assistant. */
export type Intent = 'knowledge' | 'data' | 'calculation' | 'help';
