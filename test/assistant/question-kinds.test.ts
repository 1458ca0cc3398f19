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
    expect(isDefinitionQuestion('Wat is het budget van Hollands Kroon voor Incluzio?')).toBe(false);
    expect(isDefinitionQuestion('What is the difference between output-based and task-based funding?')).toBe(false);
  });

  it('reads "what is the <name>?" and questions about a role as asking what something is', () => {
    expect(isDefinitionQuestion('Wat is het woonplaatsbeginsel?')).toBe(true);
    expect(isDefinitionQuestion('Wat is de Hervormingsagenda Jeugd?')).toBe(true);
    expect(isDefinitionQuestion('Welke rol heeft de Jeugdautoriteit?')).toBe(true);
    expect(isDefinitionQuestion('Wat doet een wijkteam?')).toBe(true);
    expect(isDefinitionQuestion('What is the role of the Youth Authority?')).toBe(true);
    expect(isDefinitionQuestion('What is the Jeugdautoriteit responsible for?')).toBe(true);
    expect(isDefinitionQuestion('Waarvoor is de Jeugdautoriteit verantwoordelijk?')).toBe(true);
  });
});
