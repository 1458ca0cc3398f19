import { setTimeout } from 'node:timers/promises';
import type { Activity } from '@microsoft/agents-activity';
import type { Storage, StoreItem } from '@microsoft/agents-hosting';
import type { Logger } from 'pino';
import { z } from 'zod';
import { emptyConversation, replayTurnChange, type ConversationContext } from '../../assistant/index.ts';
import { ETagConflictError } from '../../lib/errors/index.ts';

/** The context of one conversation as read, with the version to write it back against. */
export interface RecalledConversation {
  key: string | undefined;
  context: ConversationContext;
  eTag: string | undefined;
}

export interface ConversationMemory {
  /** The conversation's context; an empty one (logged) when the storage cannot be read. */
  recall(activity: Activity): Promise<RecalledConversation>;
  /**
   * Stores what the turn changed. When another turn of the conversation saved first (another
   * instance, or a second message sent quickly), its context is read again and this turn's change
   * applied to it. Never throws: when the storage fails or keeps conflicting, the turn is not
   * remembered (logged) and the answer still goes out.
   * (The very first turn is written without an eTag, as the Storage interface has no create-only
   * write: two first messages at the same moment keep only one of them.)
   */
  remember(recalled: RecalledConversation, after: ConversationContext): Promise<void>;
}

/** Attempts to write before giving up on remembering the turn; each conflict means another turn got in first. */
const MAX_ATTEMPTS = 5;
/** Writers that conflicted wait a random moment up to this long, so that they do not collide again. */
const MAX_BACKOFF_MS = 25;

const storedContextSchema = z.object({
  turns: z.array(z.object({ question: z.string(), intent: z.enum(['knowledge', 'data', 'calculation', 'help']), language: z.enum(['nl', 'en']) })),
});

/**
 * The conversation context (earlier questions, for follow-ups) in the configured Storage: one item
 * per conversation, written once per turn with optimistic concurrency (eTag). The SDK's own turn
 * state is not used: it writes its scopes again after every turn, which races with other instances.
 */
export function createConversationMemory(options: { storage: Storage; logger: Logger }): ConversationMemory {
  const { storage, logger } = options;

  const read = async (key: string): Promise<RecalledConversation> => {
    const item = (await storage.read([key]))[key] as (StoreItem & { stelselwijzer?: unknown }) | undefined;
    const parsed = storedContextSchema.safeParse(item?.stelselwijzer);
    return { key, context: parsed.success ? parsed.data : emptyConversation(), eTag: item?.eTag };
  };

  return {
    async recall(activity) {
      const key = conversationKey(activity);
      if (!key) return { key, context: emptyConversation(), eTag: undefined };
      try {
        return await read(key);
      } catch (error) {
        // Without its earlier questions the turn is still answered; only a follow-up loses its context.
        logger.error({ err: error }, 'conversation memory unavailable: answering without the earlier questions');
        return { key: undefined, context: emptyConversation(), eTag: undefined };
      }
    },
    async remember(recalled, after) {
      const { key } = recalled;
      if (!key) return;
      let current = recalled;
      let next = after;
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        if (next === current.context) return;
        try {
          await storage.write({ [key]: { stelselwijzer: next, ...(current.eTag ? { eTag: current.eTag } : {}) } });
          return;
        } catch (error) {
          if (!ETagConflictError.isInstance(error)) {
            logger.error({ err: error }, 'conversation memory unavailable: this turn is not remembered');
            return;
          }
          if (attempt === MAX_ATTEMPTS) break;
          await setTimeout(Math.random() * MAX_BACKOFF_MS);
          const newer = await read(key);
          next = replayTurnChange({ before: recalled.context, after, onto: newer.context });
          current = newer;
        }
      }
      logger.warn({ attempts: MAX_ATTEMPTS }, 'conversation context not saved: it kept changing under this turn');
    },
  };
}

/** The same key the SDK's conversation state used, so that conversations stored before carry on. */
function conversationKey(activity: Activity): string | undefined {
  const channelId = activity.channelId;
  const agentId = activity.recipient?.id;
  const conversationId = activity.conversation?.id;
  return channelId && agentId && conversationId ? `${channelId}/${agentId}/conversations/${conversationId}` : undefined;
}
