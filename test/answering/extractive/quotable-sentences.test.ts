import { describe, expect, it } from 'vitest';
import { composerOver, foundPassage, testChunk } from '../../support/composer-fixture.ts';

describe('a statement that ends in the questions it raises', () => {
  const consortium = testChunk('consortium', 'Een consortium werkt met één contract. Samenwerking binnen een consortium kost tijd en vraagt om governance: wie beslist, hoe wordt het budget verdeeld en hoe worden conflicten opgelost?');
  const corpus = composerOver([consortium]);

  it('is quoted as what it says, where a bare question would not be', () => {
    const answer = corpus.compose({ question: 'Wat vraagt samenwerking binnen een consortium?', language: 'nl', passages: [foundPassage(consortium)] });
    expect(answer.answer).toMatch(/^Samenwerking binnen een consortium kost tijd en vraagt om governance: wie beslist, .* opgelost\? \[1\]/);
  });
});
