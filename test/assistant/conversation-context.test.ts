import { describe, expect, it } from 'vitest';
import { emptyConversation, MAX_REMEMBERED_TURNS, rememberTurn, replayTurnChange, type ConversationTurn } from '../../src/assistant/conversation-context.ts';

const turn = (question: string): ConversationTurn => ({ question, intent: 'knowledge', language: 'nl' });

describe('replayTurnChange: this turn’s change applied to a context another turn saved meanwhile', () => {
  const before = rememberTurn(emptyConversation(), turn('Wat is taakgerichte bekostiging?'));
  const newer = rememberTurn(before, turn('Hoeveel inwoners heeft Hoorn?'));

  it('adds this turn’s question after the other turn’s', () => {
    const after = rememberTurn(before, turn("Wat zijn de risico's?"));
    expect(replayTurnChange({ before, after, onto: newer }).turns.map((t) => t.question)).toEqual([
      'Wat is taakgerichte bekostiging?',
      'Hoeveel inwoners heeft Hoorn?',
      "Wat zijn de risico's?",
    ]);
  });

  it('keeps at most the remembered number of turns', () => {
    let full = emptyConversation();
    for (let i = 0; i < MAX_REMEMBERED_TURNS; i++) full = rememberTurn(full, turn(`vraag ${i}`));
    const result = replayTurnChange({ before, after: rememberTurn(before, turn('nieuw')), onto: full });
    expect(result.turns).toHaveLength(MAX_REMEMBERED_TURNS);
    expect(result.turns.at(-1)?.question).toBe('nieuw');
  });

  it('empties the context for a reset, and leaves the newer context when the turn changed nothing', () => {
    expect(replayTurnChange({ before, after: emptyConversation(), onto: newer }).turns).toEqual([]);
    expect(replayTurnChange({ before, after: before, onto: newer })).toBe(newer);
    expect(replayTurnChange({ before: emptyConversation(), after: emptyConversation(), onto: newer })).toBe(newer);
  });
});
