import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stelselwijzer } from '../../src/app/composition-root.ts';
import { isGreeting, isThanks } from '../../src/assistant/assistant-texts.ts';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';

describe('greetings and thanks', () => {
  let stelselwijzer: Stelselwijzer & { cleanup: () => void };
  beforeAll(async () => {
    stelselwijzer = await createTestStelselwijzer();
  });
  afterAll(() => stelselwijzer?.cleanup());

  it('answers a greeting with the welcome and example questions, in the greeting\'s language, instead of a refusal', async () => {
    const dutch = await stelselwijzer.assistant.ask({ question: 'Goedemorgen!' });
    expect(dutch.answer).toMatch(/^Hallo! Ik ben \*\*Stelselwijzer\*\*/);
    expect(dutch.abstained).toBe(false);
    expect(dutch.suggestions?.length).toBeGreaterThan(0);
    const english = await stelselwijzer.assistant.ask({ question: 'hi' });
    expect(english.answer).toMatch(/^Hello! I am \*\*Stelselwijzer\*\*/);
  });

  it('answers thanks in kind', async () => {
    expect((await stelselwijzer.assistant.ask({ question: 'bedankt' })).answer).toBe('Graag gedaan! Stel gerust een volgende vraag.');
    expect((await stelselwijzer.assistant.ask({ question: 'Thanks!' })).answer).toMatch(/^You're welcome/);
  });

  it('answers a question that opens with a greeting as a question', async () => {
    const answer = await stelselwijzer.assistant.ask({ question: 'Hallo, wat is een lumpsum?' });
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(isGreeting('Hallo, wat is een lumpsum?')).toBe(false);
    expect(isThanks('Bedankt voor de uitleg over de lumpsum, en wat is een ventiel?')).toBe(false);
  });
});
