import type { Intent, Language } from './answer.ts';

/** One earlier turn of a conversation: the question as it was understood. */
export interface ConversationTurn {
  question: string;
  intent: Intent;
  language: Language;
}

/** What the assistant remembers of a conversation (stored by the channel, e.g. Teams conversation state). */
export interface ConversationContext {
  turns: ConversationTurn[];
}

export const MAX_REMEMBERED_TURNS = 5;

export function emptyConversation(): ConversationContext {
  return { turns: [] };
}

export function rememberTurn(context: ConversationContext, turn: ConversationTurn): ConversationContext {
  return { turns: [...context.turns, turn].slice(-MAX_REMEMBERED_TURNS) };
}
