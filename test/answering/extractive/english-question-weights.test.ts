import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';


describe('an English question over Dutch sentences', () => {
  // The question's names match as written, its other words only through their translations: a sentence
  // repeating the names must not outscore the one that says who coordinates the purchasing.
  const chunks = [
    testChunk('groningen', 'Stadskanaal, Veendam, Pekela en Oldambt worstelen met de kostenexplosie. In Stadskanaal en Veendam krijgen steeds meer kinderen hulp.', 0),
    testChunk('groningen', 'Een wethouder coördineert de gezamenlijke inkoop van de jeugdzorg namens de gemeenten.', 1),
    testChunk('elders', 'De gemeenten in de regio werken samen aan preventie. De wachtlijsten in de regio groeien.', 0),
  ];
  const composer = composerOver(chunks);

  it('weighs the translations of its words as much as the names, so the sentence that says what was asked leads', () => {
    const answer = composer.compose({ question: 'Who coordinates the joint purchasing of youth care for Stadskanaal, Veendam, Pekela and Oldambt?', language: 'en', passages: chunks.map(foundPassage) });
    expect(answer.abstained).toBe(false);
    const body = answer.answer.split('\n\n').slice(1).join('\n\n');
    expect(body.split('[1]')[0]).toContain('coördineert de gezamenlijke inkoop');
  });
});
