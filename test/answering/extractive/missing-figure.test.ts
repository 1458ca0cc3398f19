import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('a question for a rate ("per inwoner")', () => {
  const total = testChunk('zaanstad', 'De wijkteams kosten Zaanstad circa € 33,7 miljoen, voor alle inwoners samen.');
  const rate = testChunk('kosten', 'Een wijkteam kost de gemeente gemiddeld € 40 per inwoner per jaar, blijkt uit de benchmark van de wijkteams.');
  const question = 'Wat kost een wijkteam per inwoner?';

  it('is answered by a sentence that gives the amount per inwoner', () => {
    const answer = composerOver([total, rate]).compose({ question, language: 'nl', passages: [foundPassage(rate), foundPassage(total)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('€ 40 per inwoner');
  });

  it('is refused when the sources give only totals: a total is no rate', () => {
    // The corpus knows the words (another document has them); the search found only the total.
    const answer = composerOver([total, rate]).compose({ question, language: 'nl', passages: [foundPassage(total)] });
    expect(answer.abstained).toBe(true);
    expect(answer.refusal).toBe('amount-not-in-sources');
  });
});
