import { ActivityTypes } from '@microsoft/agents-activity';
import type { TurnContext, TurnState } from '@microsoft/agents-hosting';
import type { Logger } from 'pino';
import type { Language } from '../../assistant/index.ts';
import { detectLanguage } from '../../lib/dutch/index.ts';
import type { RateLimiter } from '../http/index.ts';
import { turnLogger } from '../http/index.ts';
import { outgoingActivity } from './outgoing-activity.ts';

/** What a user who asks too fast is told, with the seconds to wait. */
export function slowDownText(language: Language, seconds: number): string {
  return language === 'en'
    ? `You are asking many questions in quick succession. Please try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`
    : `U stelt veel vragen kort na elkaar. Probeer het over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} opnieuw.`;
}

/**
 * A `beforeTurn` handler for `agent.onTurn('beforeTurn', …)` that limits messages per user (the
 * Entra object id, else the channel user id). Over the limit the user gets one short message with
 * the seconds to wait and the turn stops (the handler returns false); other activities (welcome,
 * feedback, typing) always pass.
 */
export function rateLimitTurn(options: { limiter: RateLimiter; logger: Logger }): (context: TurnContext, state: TurnState) => Promise<boolean> {
  const { limiter } = options;
  return async (context) => {
    const { activity } = context;
    if (activity.type !== ActivityTypes.Message) return true;
    const user = activity.from?.aadObjectId ?? activity.from?.id;
    if (!user) return true;
    const { allowed, retryAfterSeconds } = limiter.take(user);
    if (allowed) return true;
    turnLogger({ context, logger: options.logger }).warn({ retryAfterSeconds }, 'rate limited');
    const text = slowDownText(detectLanguage({ text: activity.text ?? '' }), retryAfterSeconds);
    await context.sendActivity(outgoingActivity({ type: ActivityTypes.Message, text }));
    return false;
  };
}
