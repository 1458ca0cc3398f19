import type { Attachment } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { Answer } from '../../core/answer.ts';
import { answerActivity } from './answer-activity.ts';
import { canStream } from './can-stream.ts';
import { outgoingActivity } from './outgoing-activity.ts';

/**
 * Sends the answer: streamed in personal chat (the final message carries citations, AI label,
 * feedback buttons and suggestions), one message elsewhere. Returns the id of the answer message,
 * which feedback refers to, when the channel reports one.
 */
export async function replyWithAnswer(options: { context: TurnContext; answer: Answer; attachments?: Attachment[] }): Promise<string | undefined> {
  const { context, answer } = options;
  const activity = outgoingActivity({ ...answerActivity(answer), ...(options.attachments?.length ? { attachments: options.attachments } : {}) });
  if (canStream(context)) {
    const stream = context.streamingResponse;
    stream.queueTextChunk(answer.answer);
    stream.setFeedbackLoop(true);
    // The SDK puts its own attachment list on the final message.
    if (options.attachments?.length) stream.setAttachments(options.attachments);
    stream.setFinalMessage(activity);
    await stream.endStream();
    return stream.streamId || undefined;
  }
  const response = await context.sendActivity(activity);
  return response?.id || undefined;
}
