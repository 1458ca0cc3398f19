import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/assistant/answer.ts';
import type { DataAnswerer } from '../../../src/answering/data/answer-data-question.ts';
import { parseAmounts } from '../../../src/lib/dutch/amount-parser.ts';
import type { RegistrationStore } from '../../../src/sources/registrations/registration-store.ts';
import { startCbsTestServer, type CbsTestServer } from '../../sources/cbs/support/cbs-test-server.ts';
import { createTestClient } from '../../sources/cbs/support/test-client.ts';
import { createAnswerer, openSampleRegistration } from './support/data-answer-fixture.ts';
import { numbersInAnswer, numbersInJson } from './support/numbers-in-text.ts';

/**
 * The anti-invention check: every number in a composed answer occurs in what the tools returned
 * (their output, and their input, which was read from the question), after normalising Dutch or
 * English formatting. Calculator inputs are in turn traced back to the question.
 */
const questions: [string, Language][] = [
  ['Hoeveel inwoners had Utrecht op 1 januari 2023?', 'nl'],
  ['How many inhabitants did Utrecht have on 1 January 2023?', 'en'],
  ['How many young people in Utrecht had youth care with accommodation in 2023, per 1,000 inhabitants, compared with Den Haag?', 'en'],
  ['Hoeveel jongeren in Utrecht hadden jeugdhulp met verblijf in 2023 per 1.000 inwoners, vergeleken met Den Haag?', 'nl'],
  ['Hoeveel inwoners had Utrecht in 2031?', 'nl'],
  ['Hoeveel inwoners hadden Utrecht en Amsterdam de laatste 3 jaar?', 'nl'],
  ['Hoeveel residentiële plaatsingen hadden we dit jaar?', 'nl'],
  ['How many residential placements did we have this year?', 'en'],
  ['Hoeveel nieuwe plaatsingen hadden we in 2025?', 'nl'],
  ['Wat waren onze kosten voor jeugdhulp met verblijf in 2025?', 'nl'],
  ['What were our costs for youth care with accommodation in 2025?', 'en'],
  ['Wat was de gemiddelde duur van onze residentiële plaatsingen vorig jaar?', 'nl'],
  ['Hoeveel lopende residentiële plaatsingen hebben we?', 'nl'],
  ['Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven — wanneer is het op?', 'nl'],
  ['Our youth budget is 12 million and 10.2 million was spent through September. When does it run out?', 'en'],
  ['Ons budget is 15 miljoen en tot en met juni is 6 miljoen uitgegeven; wanneer is het op?', 'nl'],
  ['Ons budget is 10 miljoen en tot en met oktober is 11 miljoen uitgegeven; wanneer is het op?', 'nl'],
  ['Wat kost P maal Q over 4 jaar met P € 95 per uur en Q 120.000 uur, vergeleken met een lumpsum van 11,5 miljoen?', 'nl'],
  ['What does P times Q cost over 5 years with P €95 per hour and Q 120,000 hours, compared with a lump sum of 11.5 million and 3% indexation?', 'en'],
  ['Als we 10 residentiële plaatsingen minder hebben à € 120.000 per jaar en 60% gaat naar ambulant à € 15.000, wat besparen we?', 'nl'],
  ['Vergelijk een lumpsum van 10 miljoen met 400 trajecten à € 28.000 over 5 jaar met 2% indexatie', 'nl'],
  ['Wat levert afbouw van 20% van onze 50 residentiële plaatsingen op bij € 110.000 per plaatsing als 50% naar ambulant gaat à € 12.000?', 'nl'],
  ['Hoeveel procent van de jongeren in Groningen had jeugdhulp in 2022?', 'nl'],
  ['Hoeveel plaatsingen liepen er bij ons op 1 januari 2026?', 'nl'],
  ['Hoeveel residentiële plaatsingen hadden we per aanbieder in 2025?', 'nl'],
  ['Als we van 40 naar 30 residentiële plaatsingen gaan à € 120.000 per jaar en 60% gaat naar ambulant à € 15.000, wat besparen we over 3 jaar?', 'nl'],
];

let server: CbsTestServer;
let registration: RegistrationStore;
let answerer: DataAnswerer;
beforeAll(async () => {
  server = await startCbsTestServer();
  registration = openSampleRegistration();
  answerer = createAnswerer({ cbs: createTestClient(server).client, registrations: registration.reader });
});
afterAll(async () => {
  registration.close();
  await server.close();
});

describe('no invented numbers', () => {
  it.each(questions)('%s', async (question, language) => {
    const answer = await answerer.answer({ question, language });
    expect(answer?.toolCalls.length).toBeGreaterThan(0);
    const known = numbersInJson(answer?.toolCalls);
    const unknown = numbersInAnswer(answer?.answer ?? '', language).filter((number) => !known.has(number));
    expect(unknown, answer?.answer).toEqual([]);
    for (const figure of answer?.figures ?? []) {
      const tableNumbers = (figure.table?.rows ?? []).flat().filter((cell): cell is number => typeof cell === 'number');
      const chartNumbers = (figure.chart?.series ?? []).flatMap((series) => series.points.map((point) => point.y));
      expect([...tableNumbers, ...chartNumbers].filter((number) => !known.has(number))).toEqual([]);
    }
  });

  it.each(questions.filter(([question]) => /lumpsum|lump sum|minder|naar 30|afbouw/.test(question)))('calculator inputs come from the question: %s', async (question, language) => {
    const answer = await answerer.answer({ question, language });
    const inQuestion = new Set([...parseAmounts({ text: question, language }).map((amount) => amount.value), ...numbersInAnswer(question, language)]);
    const inputNumbers = [...numbersInJson(answer?.toolCalls[0]?.input)];
    const derived = inputNumbers.filter((number) => !inQuestion.has(number));
    // "van 40 naar 30" gives a reduction of 10: the one derived input, checked here by hand.
    expect(derived.filter((number) => !(question.includes('van 40 naar 30') && number === 10))).toEqual([]);
  });
});

describe('the check itself', () => {
  it('catches a number that is not in the tool output, and reads Dutch and English formatting', () => {
    const known = numbersInJson({ value: 367947, formula: '14100 / 367947 × 1000 = 38.3' });
    expect(numbersInAnswer('Utrecht: **367.947**; 38,3 per 1.000 inwoners [1]', 'nl').filter((n) => !known.has(n))).toEqual([]);
    expect(numbersInAnswer('Utrecht: **367,947**; 38.3 per 1,000 inhabitants [1]', 'en').filter((n) => !known.has(n))).toEqual([]);
    expect(numbersInAnswer('Utrecht: **367.948** (CBS 85099NED, GM0344) [2]', 'nl').filter((n) => !known.has(n))).toEqual([367948]);
  });
});
