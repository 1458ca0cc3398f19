import { EXAMPLE_QUESTIONS, WELCOME_TEXT } from '../../core/assistant-texts.ts';
import type { Language } from '../../core/answer.ts';
import { suggestedActions } from './answer-activity.ts';
import type { ActivityFields } from './outgoing-activity.ts';

/** The greeting sent when Stelselwijzer is added to a chat, with example questions to click. */
export function welcomeActivity(language: Language = 'nl'): ActivityFields {
  const examples = EXAMPLE_QUESTIONS[language];
  return {
    type: 'message',
    textFormat: 'markdown',
    text: `${WELCOME_TEXT[language]}\n\n${examples.map((q) => `- ${q}`).join('\n')}`,
    suggestedActions: suggestedActions(examples),
  };
}
