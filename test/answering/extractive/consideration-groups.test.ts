import { describe, expect, it } from 'vitest';
import { askedGroupOf, asksBothSides } from '../../../src/answering/extractive/consideration-groups.ts';

describe('the groups a question asks for', () => {
  it('hears one side asked alone', () => {
    expect(askedGroupOf('Wat zijn de nadelen van open house?')).toBe('against');
    expect(askedGroupOf('What are the benefits of a consortium?')).toBe('for');
    expect(askedGroupOf('Wat heb je als gemeente nodig om P×Q goed te laten werken?')).toBe('preconditions');
    expect(askedGroupOf('What does a municipality need to make a lump sum work?')).toBe('preconditions');
    expect(asksBothSides('Wat zijn de nadelen van open house?')).toBe(false);
  });

  it('hears both sides in "voor- en nadelen", "pros and cons", "advantages and disadvantages", and then no one group', () => {
    for (const question of ['Wat zijn de voor- en nadelen van open house?', 'Wat zijn de voordelen en nadelen van een lumpsum?', 'What are the pros and cons of task-based funding?', 'What are the advantages and disadvantages of a consortium?']) {
      expect(asksBothSides(question), question).toBe(true);
      expect(askedGroupOf(question), question).toBeUndefined();
    }
  });

  it('hears the risks asked as what goes wrong or what to watch', () => {
    for (const question of ['Wat gaat er mis bij een lumpsum?', 'Waar moet ik op letten bij een lumpsum?', 'Waar moeten we op letten bij een consortium?', 'What can go wrong with a lump sum?', 'Wat kan er fout gaan bij taakgericht werken?']) {
      expect(askedGroupOf(question), question).toBe('against');
    }
  });

  it('hears the preconditions in "what does a municipality need to arrange"', () => {
    expect(askedGroupOf('What does a municipality need to arrange before switching to task-based funding?')).toBe('preconditions');
    expect(askedGroupOf('Wat moet een gemeente regelen voordat ze overstapt?')).toBe('preconditions');
  });

  it('does not take preconditions asked with the risks for both sides', () => {
    expect(asksBothSides("Wat zijn de risico's en randvoorwaarden van taakgericht werken?")).toBe(false);
  });
});
