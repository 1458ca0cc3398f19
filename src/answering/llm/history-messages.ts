import { AIMessage, HumanMessage, type BaseMessage } from '@langchain/core/messages';
import { stripCitationMarkers } from './citation-markers.ts';
import type { HistoryMessage } from '../../assistant/index.ts';

const MAX_TURNS = 8;

/**
 * Earlier turns as chat messages (the last few). Their `[n]` markers are removed: those numbers
 * belong to earlier turns and must not be confused with this turn's sources.
 */
export function historyMessages(history: readonly HistoryMessage[]): BaseMessage[] {
  return history.slice(-MAX_TURNS).map((turn) =>
    turn.role === 'user' ? new HumanMessage(turn.content) : new AIMessage(stripCitationMarkers(turn.content).trim()),
  );
}
