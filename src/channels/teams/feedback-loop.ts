import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';

/**
 * Teams' thumbs up/down under a message, in the current form. Teams rejects a message that also
 * carries the older `feedbackLoopEnabled`, so the two are never combined.
 */
export const FEEDBACK_LOOP_CHANNEL_DATA = { feedbackLoop: { type: 'default' } } as const;

function isFinalStreamMessage(activity: Partial<Activity>): boolean {
  return Boolean(activity.entities?.some((e) => e.type === 'streaminfo' && (e as { streamType?: unknown }).streamType === 'final'));
}

/**
 * The SDK's streaming response writes the older `{ feedbackLoopEnabled, type }` into the channel data
 * of the final message of a stream; this turns it into `feedbackLoop: { type: 'default' }` on the way out.
 */
export function useCurrentFeedbackLoopForStream(context: TurnContext): void {
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) {
      const channelData = activity.channelData as Record<string, unknown> | undefined;
      if (!isFinalStreamMessage(activity) || channelData?.feedbackLoopEnabled !== true) continue;
      const { feedbackLoopEnabled: _enabled, type: _type, ...rest } = channelData;
      activity.channelData = { ...rest, ...FEEDBACK_LOOP_CHANNEL_DATA };
    }
    return next();
  });
}
