/** The public face of assistant/: what other folders may import from it. */
export type { Answer, ChartSpec, Citation, DataTable, Figure, Language, RefusalReason, ToolCall } from './answer.ts';
export { ABSTAIN_TEXT, AMOUNT_NOT_IN_SOURCES_TEXT, COUNT_MAY_DIFFER_TEXT, COUNT_NOT_IN_SOURCES_TEXT, EXAMPLE_QUESTIONS, WELCOME_TEXT } from './assistant-texts.ts';
export { type Assistant, createAssistant } from './assistant.ts';
export { type ConversationContext, emptyConversation, replayTurnChange } from './conversation-context.ts';
export type { AnswerComposer, ComposedAnswer, DataAnswer, DataAnswerer, HistoryMessage, LlmAnswer, LlmAnswerOptions, LlmAnswerer } from './ports.ts';
export { isDefinitionQuestion, isPlainDefinitionQuestion, meantWordOf } from './question-kinds.ts';
