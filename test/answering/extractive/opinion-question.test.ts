import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('a question for what someone thinks of something ("Wat vindt de Tweede Kamer van taakgerichte bekostiging?")', () => {
  const funding = testChunk('taakgericht', 'Taakgerichte bekostiging geeft een aanbieder een vast budget voor een taak. Coby Peeters noemt taakgerichte bekostiging geen heilige graal.');
  const parliament = testChunk('jeugdautoriteit', 'De staatssecretaris stuurde het rapport over de continuïteit van jeugdzorg naar de Tweede Kamer.');
  const corpus = composerOver([funding, parliament]);
  const ask = (question: string, language: 'nl' | 'en' = 'nl') => corpus.compose({ question, language, passages: [foundPassage(funding), foundPassage(parliament)] });

  it('is refused when no sentence has the actor speak about the topic: the sources would be put in its mouth', () => {
    const answer = ask('Wat vindt de Tweede Kamer van taakgerichte bekostiging?');
    expect(answer.abstained).toBe(true);
    expect(answer.refusal).toBe('no-answer-sentence');
  });

  it('is answered by the sentence in which the actor says it', () => {
    const answer = ask('Wat vindt Coby Peeters van taakgerichte bekostiging?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Coby Peeters noemt taakgerichte bekostiging geen heilige graal.');
  });

  it('is recognised in English too', () => {
    expect(ask('What does Coby Peeters think of task-based funding?', 'en').abstained).toBe(false);
    expect(ask('What does the Tweede Kamer think of task-based funding?', 'en').abstained).toBe(true);
  });
});

describe('a question for what a document says ("Wat zegt de AMvB reële tarieven over de kostprijs?")', () => {
  const chunk = testChunk('amvb', 'Een reëel tarief is opgebouwd uit de vier kostprijselementen.');
  const amvb = { ...chunk, headingPath: ['Reële tarieven: de AMvB over prijs en kwaliteit'], metadata: { ...chunk.metadata, title: 'Reële tarieven: de AMvB over prijs en kwaliteit' } };

  it('is answered from the document titled after it, whose sentences need not name it', () => {
    const answer = composerOver([amvb]).compose({ question: 'Wat zegt de AMvB reële tarieven over de kostprijselementen?', language: 'nl', passages: [foundPassage(amvb)] });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Een reëel tarief is opgebouwd uit de vier kostprijselementen.');
  });
});

