import { addAIToActivity, type Activity } from '@microsoft/agents-activity';
import type { Answer } from '../../assistant/index.ts';
import { clientCitation } from './client-citation.ts';
import { FEEDBACK_LOOP_CHANNEL_DATA } from './feedback-loop.ts';
import { outgoingActivity } from './outgoing-activity.ts';

/** Teams shows at most three suggested prompts under a message. */
export const MAX_SUGGESTED_ACTIONS = 3;

/**
 * The Teams message for an answer: Markdown text with `[n]` markers, the AI-generated label with a
 * citation per cited source (the SDK's `addAIToActivity`; Teams shows them as pop-ups), feedback
 * buttons, and suggested follow-up prompts.
 */
export function answerActivity(answer: Answer): Activity {
  const cited = answer.citations.filter((c) => answer.answer.includes(`[${c.n}]`));
  const activity = outgoingActivity({
    type: 'message',
    text: answer.answer,
    textFormat: 'markdown',
    channelData: { ...FEEDBACK_LOOP_CHANNEL_DATA },
    ...(answer.suggestions.length > 0 ? { suggestedActions: suggestedActions(answer.suggestions) } : {}),
  });
  addAIToActivity(activity, cited.map((citation) => clientCitation(citation, answer.language)));
  return activity;
}

/** Prompts to click, at most `MAX_SUGGESTED_ACTIONS`; clicking one sends its text as the user. */
export function suggestedActions(prompts: string[]): Activity['suggestedActions'] {
  return { to: [], actions: prompts.slice(0, MAX_SUGGESTED_ACTIONS).map((prompt) => ({ type: 'imBack', title: prompt, value: prompt })) };
}
