import type { Language } from '../lib/index.ts';
import type { Intent } from './intent.ts';

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

/**
 * Applies what one turn changed (`before` → `after`) to a newer stored context, for when another
 * turn of the same conversation saved in between: a new turn is added to the newer turns, a reset
 * empties them, no change leaves them.
 */
export function replayTurnChange(options: { before: ConversationContext; after: ConversationContext; onto: ConversationContext }): ConversationContext {
  const { before, after, onto } = options;
  if (after.turns.length === 0) return before.turns.length === 0 ? onto : emptyConversation();
  const added = after.turns.at(-1)!;
  if (after.turns.length === before.turns.length && before.turns.at(-1) === added) return onto;
  return rememberTurn(onto, added);
}
