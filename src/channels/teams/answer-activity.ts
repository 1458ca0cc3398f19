import type { Activity } from '@microsoft/agents-activity';
import type { Answer, Citation } from '../../core/answer.ts';
import type { ActivityFields } from './outgoing-activity.ts';

/** Teams cuts citation abstracts after about 480 characters. */
const MAX_ABSTRACT = 470;

/**
 * The Teams message for an answer: Markdown text with `[n]` markers, the AI-generated label and a
 * citation entity per source (shown by Teams as pop-ups), feedback buttons, and suggested follow-up prompts.
 */
export function answerActivity(answer: Answer): ActivityFields {
  const cited = answer.citations.filter((c) => answer.answer.includes(`[${c.n}]`));
  return {
    type: 'message',
    text: answer.answer,
    textFormat: 'markdown',
    entities: [
      {
        type: 'https://schema.org/Message',
        '@type': 'Message',
        '@context': 'https://schema.org',
        '@id': '',
        additionalType: ['AIGeneratedContent'],
        citation: cited.map(citationClaim),
      },
    ],
    channelData: { feedbackLoopEnabled: true },
    ...(answer.suggestions.length > 0 ? { suggestedActions: suggestedActions(answer.suggestions) } : {}),
  };
}

function citationClaim(citation: Citation) {
  const abstract = citation.snippet.length > MAX_ABSTRACT ? `${citation.snippet.slice(0, MAX_ABSTRACT - 1)}…` : citation.snippet;
  return {
    '@type': 'Claim',
    position: citation.n,
    appearance: {
      '@type': 'DigitalDocument',
      name: citation.title.slice(0, 80),
      abstract,
      ...(citation.url ? { url: citation.url } : {}),
      keywords: [citation.source].slice(0, 3),
    },
  };
}

export function suggestedActions(prompts: string[]): Activity['suggestedActions'] {
  return { to: [], actions: prompts.map((prompt) => ({ type: 'imBack', title: prompt, value: prompt })) };
}
