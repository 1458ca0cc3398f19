import { describe, expect, it } from 'vitest';
import { isDefinitionQuestion, isPlainDefinitionQuestion, meantWordOf } from '../../src/assistant/question-kinds.ts';

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

  it('reads what someone means by a word as asking for its definition', () => {
    expect(isDefinitionQuestion('Wat wordt bedoeld met herhaald beroep?')).toBe(true);
    expect(isDefinitionQuestion('Wat wordt er verstaan onder een maatwerkvoorziening?')).toBe(true);
    expect(isDefinitionQuestion("Wat rekent de rekenkamercommissie tot de 'toegang' tot de Wmo?")).toBe(true);
    expect(isDefinitionQuestion('Wat verstaat de VNG onder taakgericht werken?')).toBe(true);
    expect(isDefinitionQuestion('Hoe definieert het CBS jeugdhulp met verblijf?')).toBe(true);
    expect(isDefinitionQuestion("What does the audit committee mean by 'access'?")).toBe(true);
    expect(isDefinitionQuestion('Wat rekent de gemeente per uur?')).toBe(false);
    expect(isDefinitionQuestion("What does the audit committee count as 'access' to the Wmo?")).toBe(true);
  });

  it('does not read "wat zijn volgens X de …" as a definition question: it asks for something of the subject', () => {
    expect(isDefinitionQuestion('Wat zijn volgens de VNG de drie dingen waar gemeenten mee aan de slag moeten?')).toBe(false);
    expect(isDefinitionQuestion('Wat is volgens de VNG taakgericht werken?')).toBe(true);
  });
});

describe('meantWordOf', () => {
  it('finds the word whose meaning is asked when the question names who means it', () => {
    expect(meantWordOf("Wat rekent de rekenkamercommissie Wassenaar, Voorschoten en Oegstgeest tot de 'toegang' tot de Wmo?")).toBe("de 'toegang' tot de Wmo");
    expect(meantWordOf('Wat verstaat de VNG onder taakgericht werken?')).toBe('taakgericht werken');
    expect(meantWordOf('What does the audit committee mean by access?')).toBe('access');
    expect(meantWordOf("What does the audit committee count as 'access' to the Wmo?")).toBe("'access' to the Wmo");
    expect(meantWordOf('What does the VNG understand by task-based working?')).toBe('task-based working');
    expect(meantWordOf('Wat wordt bedoeld met herhaald beroep?')).toBeUndefined();
    expect(meantWordOf('Wat is een lumpsum?')).toBeUndefined();
  });
});

describe('isPlainDefinitionQuestion', () => {
  it('hears a single term, or "Wat is een X?" with a term of up to three words, as asking only what it is', () => {
    for (const question of ['ventiel', 'lumpsum?', 'PxQ', 'Wat is een ventiel?', 'What is the Hervormingsagenda?', 'Wat is P maal Q?', 'definition of outpatient youth care?', 'betekenis van een ventiel']) {
      expect(isPlainDefinitionQuestion(question), question).toBe(true);
      expect(isDefinitionQuestion(question), question).toBe(true);
    }
  });

  it('leaves longer questions and fragments of several words to the ordinary reading', () => {
    for (const question of ['Wat is in 2024 het maximale abonnementstarief voor de Wmo per maand?', 'What is Ridderkerk doing to deal with requests more quickly?', 'contractduur Den Haag', 'Wat is de rol van de Jeugdautoriteit bij de inkoop?']) {
      expect(isPlainDefinitionQuestion(question), question).toBe(false);
    }
    expect(isDefinitionQuestion('contractduur Den Haag')).toBe(false);
  });
});

describe('how something works', () => {
  it('is asked as what it is first ("Hoe werkt open house?", "How does task-based funding work?")', () => {
    expect(isDefinitionQuestion('Hoe werkt open house?')).toBe(true);
    expect(isDefinitionQuestion('How does task-based funding work?')).toBe(true);
    expect(isDefinitionQuestion('Hoe werkt het in Utrecht?')).toBe(false);
    expect(isDefinitionQuestion('Hoe werken gemeenten samen in de regio?')).toBe(true);
  });
});
