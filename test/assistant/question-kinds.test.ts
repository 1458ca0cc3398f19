import { describe, expect, it } from 'vitest';
import { isDefinitionQuestion } from '../../src/assistant/question-kinds.ts';

describe('isDefinitionQuestion', () => {
  it('reads "what is X?" in Dutch and English, with or without "eigenlijk"/"exactly"', () => {
    expect(isDefinitionQuestion('Wat is taakgerichte bekostiging?')).toBe(true);
    expect(isDefinitionQuestion('Wat is eigenlijk een lumpsum?')).toBe(true);
    expect(isDefinitionQuestion('What exactly is a lump sum in Dutch youth care funding?')).toBe(true);
    expect(isDefinitionQuestion('Wat betekent PxQ?')).toBe(true);
  });

  it('does not read a question about something of the subject as a definition question', () => {
    expect(isDefinitionQuestion("Wat zijn de risico's van een lumpsum voor cliënten?")).toBe(false);
    expect(isDefinitionQuestion('What are the preconditions for task-based funding?')).toBe(false);
    expect(isDefinitionQuestion('Wat is het verschil tussen een consortium en een hoofdaannemer?')).toBe(false);
    expect(isDefinitionQuestion('Hoeveel aanbieders heeft Zeeland?')).toBe(false);
  });
});
