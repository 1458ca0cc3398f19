import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../src/assistant/resolve-follow-up.ts';

const today = new Date('2026-11-23T12:00:00Z');
const first = 'Hoeveel jongeren in Utrecht hadden jeugdhulp met verblijf in 2023?';

describe('resolveFollowUp', () => {
  it('swaps the gemeente: "en in Den Haag?"', () => {
    expect(resolveFollowUp({ question: 'en in Den Haag?', previous: first, today })).toEqual({
      question: 'Hoeveel jongeren in Den Haag hadden jeugdhulp met verblijf in 2023?',
      rewritten: true,
    });
  });

  it('adds the rate: "hoe zit dat per 1.000 inwoners?"', () => {
    const second = resolveFollowUp({ question: 'en in Den Haag?', previous: first, today }).question;
    expect(resolveFollowUp({ question: 'hoe zit dat per 1.000 inwoners?', previous: second, today }).question).toBe(
      'Hoeveel jongeren in Den Haag hadden jeugdhulp met verblijf in 2023, per 1.000 inwoners?',
    );
  });

  it('swaps the period: "en in 2022?"', () => {
    expect(resolveFollowUp({ question: 'en in 2022?', previous: first, today }).question).toBe('Hoeveel jongeren in Utrecht hadden jeugdhulp met verblijf in 2022?');
  });

  it('reads a short topical follow-up together with the previous question', () => {
    const resolved = resolveFollowUp({ question: "en wat zijn de risico's daarvan?", previous: 'Wat is taakgerichte bekostiging?', today });
    expect(resolved).toEqual({ question: "en wat zijn de risico's daarvan (Wat is taakgerichte bekostiging)?", rewritten: true });
  });

  it('leaves a complete question with "dit jaar" alone', () => {
    const question = 'Hoeveel residentiële plaatsingen hadden we dit jaar?';
    expect(resolveFollowUp({ question, previous: 'Wat is taakgerichte bekostiging?', today })).toEqual({ question, rewritten: false });
  });

  it('leaves a complete new question alone', () => {
    const question = 'Wat zijn de risico’s van een lumpsum voor cliënten?';
    expect(resolveFollowUp({ question, previous: first, today })).toEqual({ question, rewritten: false });
    expect(resolveFollowUp({ question: 'en in Den Haag?', today })).toEqual({ question: 'en in Den Haag?', rewritten: false });
  });
});
