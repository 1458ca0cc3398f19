import { createRequire } from 'node:module';

// The package's ES build imports without file extensions, which Node cannot load; its UMD bundle can.
const require = createRequire(import.meta.url);
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

/**
 * Every problem the official `adaptivecards` library reports for a card: while parsing it (unknown
 * element types, invalid property values) and when validating it (missing required properties,
 * duplicate ids, unknown ToggleVisibility targets, …). An empty list means the card is valid.
 */
export function adaptiveCardProblems(card: unknown): string[] {
  const adaptiveCard = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  adaptiveCard.parse(card as Record<string, unknown>, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of adaptiveCard.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}
