import { ActivityTypes } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { Logger } from 'pino';
import type { FeedbackStore } from '../../storage/index.ts';
import { outgoingActivity } from './outgoing-activity.ts';

export const FEEDBACK_INVOKE_NAME = 'message/submitAction';

interface FeedbackValue {
  actionName?: string;
  actionValue?: { reaction?: string; feedback?: string };
}

export function isFeedbackInvoke(context: TurnContext): boolean {
  const { activity } = context;
  return activity.type === ActivityTypes.Invoke && activity.name === FEEDBACK_INVOKE_NAME;
}

/**
 * Stores a like/dislike (with the optional comment) given with Teams' feedback buttons on an answer,
 * and acknowledges the invoke. A malformed payload is acknowledged with 400 and nothing stored; an
 * unavailable store with 503.
 * Teams sends the comment as JSON (`{"feedbackText": "..."}`), the Agents Playground as plain text.
 */
export async function handleFeedbackInvoke(options: { context: TurnContext; store: FeedbackStore; logger: Logger }): Promise<void> {
  const { context, store, logger } = options;
  const value = context.activity.value as FeedbackValue | undefined;
  const conversationId = context.activity.conversation?.id;
  try {
    await storeFeedback({ context, store, logger, value, conversationId });
  } catch (error) {
    // Teams shows the user that the feedback did not arrive; nothing half-stored.
    logger.error({ err: error }, 'feedback not stored: the feedback store is unavailable');
    await respond(context, 503);
  }
}

async function storeFeedback(options: {
  context: TurnContext;
  store: FeedbackStore;
  logger: Logger;
  value: FeedbackValue | undefined;
  conversationId: string | undefined;
}): Promise<void> {
  const { context, store, logger, value, conversationId } = options;
  const reaction = value?.actionValue?.reaction;
  // Teams names the answer in replyToId; a client that does not (the Agents Playground) rates the latest answer.
  const activityId = context.activity.replyToId ?? (conversationId ? await store.latestAnswerId(conversationId) : undefined);
  if (value?.actionName !== 'feedback' || (reaction !== 'like' && reaction !== 'dislike') || !activityId || !conversationId) {
    logger.warn({ actionName: value?.actionName, reaction, hasAnswerId: Boolean(activityId) }, 'malformed feedback invoke');
    await respond(context, 400);
    return;
  }
  await store.recordFeedback({ conversationId, activityId, reaction, comment: commentOf(value.actionValue?.feedback) });
  logger.info({ reaction, conversationId }, 'feedback stored');
  await respond(context, 200);
}

/** Teams sends the comment as a JSON string `{"feedbackText": "..."}`. */
function commentOf(feedback: string | undefined): string | undefined {
  if (!feedback) return undefined;
  try {
    const parsed = JSON.parse(feedback) as { feedbackText?: unknown };
    return typeof parsed.feedbackText === 'string' && parsed.feedbackText.trim() ? parsed.feedbackText.trim() : undefined;
  } catch {
    return feedback.trim() || undefined;
  }
}

async function respond(context: TurnContext, status: number): Promise<void> {
  await context.sendActivity(outgoingActivity({ type: ActivityTypes.InvokeResponse, value: { status, body: {} } }));
}
