import { ActivityTypes, DeliveryModes } from '@microsoft/agents-activity';
import { AgentApplication, MemoryStorage, type Storage, type TurnContext, type TurnState } from '@microsoft/agents-hosting';
import type { Logger } from 'pino';
import type { Assistant } from '../../assistant/index.ts';
import { detectLanguage } from '../../lib/dutch/index.ts';
import type { FeedbackStore } from '../../storage/index.ts';
import { canStream } from './can-stream.ts';
import { createConversationMemory } from './conversation-memory.ts';
import { turnLogger } from '../http/index.ts';
import type { RateLimiter } from '../http/index.ts';
import { handleFeedbackInvoke, isFeedbackInvoke } from './feedback-invoke.ts';
import { figureAttachments } from './figure-attachments.ts';
import { PROGRESS_TEXT } from './progress-text.ts';
import { rateLimitTurn } from './rate-limit-turn.ts';
import { replyWithAnswer } from './reply-with-answer.ts';
import { sourcesCard } from './sources-card.ts';
import { stripMentions } from './strip-mentions.ts';
import { welcomeActivity } from './welcome-activity.ts';
import { outgoingActivity } from './outgoing-activity.ts';

const APOLOGY = {
  nl: 'Sorry, er ging iets mis bij het beantwoorden van uw vraag. Uw vraag is niet verloren: probeer het zo nog eens.',
  en: 'Sorry, something went wrong while answering your question. Please try again in a moment.',
};

const EMPTY_MESSAGE = 'Stel gerust een vraag, bijvoorbeeld: *Wat is taakgerichte bekostiging?* Typ `help` voor uitleg.';

/**
 * The thin Teams adapter: turns Activities into questions for the assistant and answers into
 * Teams messages. Handles personal chat (streamed), group chat and channels (mentions stripped),
 * the welcome message when the bot is added, help, and feedback on answers.
 */
export function createTeamsAgent(options: {
  assistant: Assistant;
  feedback: FeedbackStore;
  logger: Logger;
  /** Where conversation contexts are kept (SQLite or Blob Storage); in memory when absent. */
  storage?: Storage;
  /** Per-user limit on questions; none in tests. */
  limiter?: RateLimiter;
}): AgentApplication<TurnState> {
  const { assistant, feedback, logger } = options;
  const memory = createConversationMemory({ storage: options.storage ?? new MemoryStorage(), logger });
  // No storage for the SDK's turn state: the conversation context is kept by `memory`, written once per turn.
  const agent = new AgentApplication<TurnState>({ removeRecipientMention: true, startTypingTimer: false });
  if (options.limiter) agent.onTurn('beforeTurn', rateLimitTurn({ limiter: options.limiter, logger }));

  agent.onConversationUpdate('membersAdded', async (context: TurnContext) => {
    const botId = context.activity.recipient?.id;
    const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
    if (newcomers.length > 0) await context.sendActivity(outgoingActivity(welcomeActivity('nl')));
  });

  agent.onActivity(ActivityTypes.Message, async (context: TurnContext) => {
    const question = stripMentions(context.activity.text);
    if (!question) {
      await context.sendActivity(outgoingActivity({ type: 'message', textFormat: 'markdown', text: EMPTY_MESSAGE }));
      return;
    }
    // A caller that expects the replies in the HTTP response gets everything at once: no typing indicator.
    if (canStream(context)) context.streamingResponse.queueInformativeUpdate(PROGRESS_TEXT[detectLanguage({ text: question })]);
    else if (context.activity.deliveryMode !== DeliveryModes.ExpectReplies) await context.sendActivity(outgoingActivity({ type: ActivityTypes.Typing }));
    const recalled = await memory.recall(context.activity);
    const answer = await assistant.ask({ question, context: recalled.context });
    // Saved before replying: the user may ask the follow-up while the stream is still closing.
    await memory.remember(recalled, answer.context ?? recalled.context);
    turnLogger({ context, logger }).info({ intent: answer.intent, mode: answer.mode, abstained: answer.abstained, ...(answer.refusal ? { refusal: answer.refusal } : {}), citations: answer.citations.length, totalMs: answer.timings.totalMs }, 'answered');
    const sources = sourcesCard(answer);
    const attachments = [...(await figureAttachments(answer)), ...(sources ? [sources] : [])];
    const activityId = await replyWithAnswer({ context, answer, attachments });
    const conversationId = context.activity.conversation?.id;
    if (activityId && conversationId) {
      // The answer is out: a feedback store that fails now must not add an apology after it.
      await feedback
        .recordAnswer({ conversationId, activityId, question, answer: answer.answer, mode: answer.mode, citations: answer.citations.map((c) => c.source) })
        .catch((error: unknown) => turnLogger({ context, logger }).error({ err: error }, 'answer not recorded for feedback'));
    }
  });

  agent.addRoute(async (context) => isFeedbackInvoke(context), async (context) => handleFeedbackInvoke({ context, store: feedback, logger }), true);

  agent.onError(async (context: TurnContext, error: Error) => {
    turnLogger({ context, logger }).error({ err: error }, 'turn failed');
    const language = detectLanguage({ text: context.activity.text ?? '' });
    try {
      await context.sendActivity(outgoingActivity({ type: 'message', text: APOLOGY[language] }));
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not send the apology');
    }
  });

  return agent;
}
