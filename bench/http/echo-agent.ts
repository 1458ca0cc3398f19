import { ActivityTypes } from '@microsoft/agents-activity';
import { AgentApplication, type TurnContext, type TurnState } from '@microsoft/agents-hosting';

/** The floor of the HTTP bench: an agent on the same SDK that replies with the text it gets. */
export function createEchoAgent(): AgentApplication<TurnState> {
  const agent = new AgentApplication<TurnState>({ startTypingTimer: false });
  agent.onActivity(ActivityTypes.Message, async (context: TurnContext) => {
    await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
  });
  return agent;
}
