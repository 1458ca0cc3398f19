import { EXAMPLE_QUESTIONS, WELCOME_TEXT } from '../../assistant/index.ts';
import type { Language } from '../../assistant/index.ts';
import { MAX_SUGGESTED_ACTIONS, suggestedActions } from './answer-activity.ts';
import type { ActivityFields } from './outgoing-activity.ts';

/** The greeting sent when Stelselwijzer is added to a chat, with the example questions Teams shows to click (three). */
export function welcomeActivity(language: Language = 'nl'): ActivityFields {
  const examples = EXAMPLE_QUESTIONS[language].slice(0, MAX_SUGGESTED_ACTIONS);
  return {
    type: 'message',
    textFormat: 'markdown',
    text: `${WELCOME_TEXT[language]}\n\n${examples.map((q) => `- ${q}`).join('\n')}`,
    suggestedActions: suggestedActions(examples),
  };
}
