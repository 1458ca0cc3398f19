import type { Attachment } from '@microsoft/agents-activity';
import type { Answer, ToolCall } from '../../assistant/index.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './figure-card.ts';

const LABELS = {
  nl: {
    toggle: 'Bronnen en werkwijze',
    offline: 'Samengesteld zonder taalmodel: de zinnen komen letterlijk uit de bronnen hieronder.',
    llm: 'Geschreven door een taalmodel uit de bronnen en tooluitkomsten hieronder; elk getal en elke verwijzing is gecontroleerd.',
    tools: 'Uitgevoerde tools',
    passages: 'Gebruikte bronnen',
  },
  en: {
    toggle: 'Sources and method',
    offline: 'Composed without a language model: the sentences are quoted from the sources below.',
    llm: 'Written by a language model from the sources and tool results below; every number and reference was checked.',
    tools: 'Tools run',
    passages: 'Sources used',
  },
} as const;

const MAX_INPUT_CHARS = 300;

/**
 * A collapsed "Bronnen en werkwijze" section under an answer: how the answer was made, which tools
 * ran with which input, and the passages behind every [n]. Hidden until the user opens it.
 */
export function sourcesCard(answer: Answer): Attachment | undefined {
  if (answer.citations.length === 0 && answer.toolCalls.length === 0) return undefined;
  const labels = LABELS[answer.language];
  const details: Record<string, unknown>[] = [{ type: 'TextBlock', text: labels[answer.mode], wrap: true, size: 'Small', isSubtle: true }];
  if (answer.toolCalls.length > 0) {
    details.push({ type: 'TextBlock', text: labels.tools, weight: 'Bolder', spacing: 'Medium' });
    for (const call of answer.toolCalls) details.push({ type: 'TextBlock', text: `${call.name}: ${describeInput(call)}`, wrap: true, size: 'Small', fontType: 'Monospace' });
  }
  if (answer.citations.length > 0) {
    details.push({ type: 'TextBlock', text: labels.passages, weight: 'Bolder', spacing: 'Medium' });
    for (const citation of answer.citations) {
      details.push({ type: 'TextBlock', text: `[${citation.n}] ${citation.url ? `[${citation.title}](${citation.url})` : citation.title} — ${citation.source}`, wrap: true, size: 'Small' });
      if (citation.snippet) details.push({ type: 'TextBlock', text: citation.snippet, wrap: true, size: 'Small', isSubtle: true, spacing: 'None' });
    }
  }
  return {
    contentType: ADAPTIVE_CARD_CONTENT_TYPE,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [{ type: 'Container', id: 'werkwijze', isVisible: false, items: details }],
      actions: [{ type: 'Action.ToggleVisibility', title: labels.toggle, targetElements: ['werkwijze'] }],
    },
  };
}

function describeInput(call: ToolCall): string {
  const text = JSON.stringify(call.input);
  return text.length > MAX_INPUT_CHARS ? `${text.slice(0, MAX_INPUT_CHARS - 1)}…` : text;
}
