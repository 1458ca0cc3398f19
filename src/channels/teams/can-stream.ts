import { DeliveryModes } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';

/** Teams streams answers only in personal chat, and never when the caller expects the replies in the HTTP response. */
export function canStream(context: TurnContext): boolean {
  const { activity } = context;
  return (
    activity.deliveryMode !== DeliveryModes.ExpectReplies &&
    activity.conversation?.conversationType === 'personal' &&
    context.streamingResponse.isStreamingChannel
  );
}
