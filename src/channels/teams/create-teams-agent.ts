import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import { AgentApplication, MemoryStorage, type TurnContext, type TurnState } from '@microsoft/agents-hosting';
import type { Logger } from 'pino';
import type { Assistant } from '../../core/assistant.ts';
import { detectLanguage } from '../../core/detect-language.ts';
import { answerActivity } from './answer-activity.ts';
import { stripMentions } from './strip-mentions.ts';
import { welcomeActivity } from './welcome-activity.ts';

const APOLOGY = {
  nl: 'Sorry, er ging iets mis bij het beantwoorden van uw vraag. Uw vraag is niet verloren: probeer het zo nog eens.',
  en: 'Sorry, something went wrong while answering your question. Please try again in a moment.',
};

const EMPTY_MESSAGE = 'Stel gerust een vraag, bijvoorbeeld: *Wat is taakgerichte bekostiging?* Typ `help` voor uitleg.';

/**
 * The thin Teams adapter: turns Activities into questions for the assistant and answers into
 * Teams messages. Handles personal chat, group chat and channels (mentions are stripped), the
 * welcome message when the bot is added, and help.
 */
export function createTeamsAgent(options: { assistant: Assistant; logger: Logger }): AgentApplication<TurnState> {
  const { assistant, logger } = options;
  const agent = new AgentApplication<TurnState>({ storage: new MemoryStorage(), removeRecipientMention: true, startTypingTimer: false });

  agent.onConversationUpdate('membersAdded', async (context: TurnContext) => {
    const botId = context.activity.recipient?.id;
    const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
    if (newcomers.length > 0) await context.sendActivity(Activity.fromObject(welcomeActivity('nl')));
  });

  agent.onActivity(ActivityTypes.Message, async (context: TurnContext) => {
    const question = stripMentions(context.activity.text);
    if (!question) {
      await context.sendActivity(Activity.fromObject({ type: 'message', textFormat: 'markdown', text: EMPTY_MESSAGE }));
      return;
    }
    await context.sendActivity(Activity.fromObject({ type: ActivityTypes.Typing }));
    const answer = await assistant.ask({ question });
    logger.info({ intent: answer.intent, abstained: answer.abstained, citations: answer.citations.length, totalMs: answer.timings.totalMs }, 'answered');
    await context.sendActivity(Activity.fromObject(answerActivity(answer)));
  });

  agent.onError(async (context: TurnContext, error: Error) => {
    logger.error({ err: error }, 'turn failed');
    const language = detectLanguage(context.activity.text ?? '');
    try {
      await context.sendActivity(Activity.fromObject({ type: 'message', text: APOLOGY[language] }));
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not send the apology');
    }
  });

  return agent;
}
