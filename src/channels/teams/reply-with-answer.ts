import type { Attachment } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { Answer } from '../../assistant/index.ts';
import { answerActivity } from './answer-activity.ts';
import { canStream } from './can-stream.ts';
import { useCurrentFeedbackLoopForStream } from './feedback-loop.ts';

/**
 * Sends the answer: streamed in personal chat (the final message carries citations, AI label,
 * feedback buttons and suggestions), one message elsewhere. Returns the id of the answer message,
 * which feedback refers to, when the channel reports one.
 */
export async function replyWithAnswer(options: { context: TurnContext; answer: Answer; attachments?: Attachment[] }): Promise<string | undefined> {
  const { context, answer } = options;
  const activity = answerActivity(answer);
  if (options.attachments?.length) activity.attachments = options.attachments;
  if (canStream(context)) {
    const stream = context.streamingResponse;
    stream.queueTextChunk(answer.answer);
    stream.setFeedbackLoop(true);
    stream.setFeedbackLoopType('default');
    useCurrentFeedbackLoopForStream(context);
    // The SDK puts its own attachment list on the final message.
    if (options.attachments?.length) stream.setAttachments(options.attachments);
    stream.setFinalMessage(activity);
    await stream.endStream();
    return stream.streamId || undefined;
  }
  const response = await context.sendActivity(activity);
  return response?.id || undefined;
}
