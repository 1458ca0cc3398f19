import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RegistrationStore } from '../../../src/sources/registrations/registration-store.ts';
import type { DataAnswerer } from '../../../src/answering/data/answer-data-question.ts';
import { startCbsTestServer, type CbsTestServer } from '../../sources/cbs/support/cbs-test-server.ts';
import { createTestClient } from '../../sources/cbs/support/test-client.ts';
import { createAnswerer, openSampleRegistration } from './support/data-answer-fixture.ts';

let server: CbsTestServer;
let registration: RegistrationStore;
let answerer: DataAnswerer;

beforeAll(async () => {
  server = await startCbsTestServer();
  registration = openSampleRegistration();
});
afterAll(async () => {
  registration.close();
  await server.close();
});
beforeEach(() => {
  server.fault = () => undefined;
  answerer = createAnswerer({ cbs: createTestClient(server).client, registrations: registration.reader });
});

describe('data answers from recorded CBS responses', () => {
  it('"Hoeveel inwoners had Utrecht op 1 januari 2023?" → 367.947 with the CBS citation', async () => {
    const answer = await answerer.answer({ question: 'Hoeveel inwoners had Utrecht op 1 januari 2023?', language: 'nl' });
    expect(answer?.intent).toBe('data');
    expect(answer?.answer).toContain('**367.947**');
    expect(answer?.answer).toContain('bevolkingsregister');
    expect(answer?.answer).toContain('[1] CBS StatLine 03759ned, 2023, opgehaald 2026-11-20');
    expect(answer?.citations).toEqual([
      expect.objectContaining({ n: 1, docId: 'cbs:03759ned', title: 'CBS StatLine 03759ned, 2023, opgehaald 2026-11-20', url: 'https://opendata.cbs.nl/#/CBS/nl/dataset/03759ned/table' }),
    ]);
    expect(answer?.toolCalls).toEqual([expect.objectContaining({ name: 'query_indicator', input: { indicatorId: 'inwoners', gemeenteCodes: ['GM0344'], years: [2023] } })]);
    expect(answer?.figures[0]?.table?.rows).toEqual([['Utrecht', 2023, 367947, 'Definitief']]);
  });

  it('the English comparison per 1,000 inhabitants: English formatting, both sources, a table and a bar chart', async () => {
    const answer = await answerer.answer({
      question: 'How many young people in Utrecht had youth care with accommodation in 2023, per 1,000 inhabitants, compared with Den Haag?',
      language: 'en',
    });
    expect(answer?.answer).toContain('Utrecht: **14,100**; **38.3** per 1,000 inhabitants [2]');
    expect(answer?.answer).toContain('14,100 / 367,947 × 1,000 = 38.3');
    expect(answer?.answer).toContain('24,100 / 562,839 × 1,000 = 42.8');
    expect(answer?.citations.map((citation) => [citation.docId, citation.title])).toEqual([
      ['cbs:85099NED', 'CBS StatLine 85099NED, 2023, retrieved 2026-11-20'],
      ['cbs:03759ned', 'CBS StatLine 03759ned, 2023, retrieved 2026-11-20'],
    ]);
    const chart = answer?.figures.find((figure) => figure.chart)?.chart;
    expect(chart).toMatchObject({ kind: 'bar', series: [{ name: 'Utrecht', points: [{ x: '2023', y: 38.3 }] }, { points: [{ x: '2023', y: 42.8 }] }] });
  });

  it('a year CBS does not have yet → the latest year, with a note saying which year was asked', async () => {
    const answer = await answerer.answer({ question: 'Hoeveel inwoners had Utrecht in 2031?', language: 'nl' });
    expect(answer?.toolCalls.map((call) => (call.input as { years: number[] }).years)).toEqual([[2031], [2026]]);
    expect(answer?.answer).toContain('Laatst beschikbare jaar is 2026; gevraagd was 2031.');
    expect(answer?.answer).toContain('**378.121**');
  });

  it('from the cache when CBS is unreachable: says "stand CBS van 20-11-2026"', async () => {
    const { client, cacheDir } = createTestClient(server);
    await createAnswerer({ cbs: client, registrations: registration.reader }).answer({ question: 'Hoeveel inwoners had Utrecht op 1 januari 2023?', language: 'nl' });
    server.fault = () => ({ status: 503 });
    const offline = createTestClient(server, { cacheDir, retries: 0, now: () => new Date('2026-11-23T08:00:00Z') }).client;
    const answer = await createAnswerer({ cbs: offline, registrations: registration.reader }).answer({ question: 'Hoeveel inwoners had Utrecht op 1 januari 2023?', language: 'nl' });
    expect(answer?.answer).toContain('**367.947**');
    expect(answer?.answer).toContain('stand CBS van 20-11-2026');
    expect(answer?.citations[0]?.title).toBe('CBS StatLine 03759ned, 2023, stand CBS van 20-11-2026');
  });

  it('CBS unreachable and nothing cached → a polite message without internals, and the question understood', async () => {
    server.fault = () => ({ status: 503 });
    const offline = createAnswerer({ cbs: createTestClient(server, { retries: 0 }).client, registrations: registration.reader });
    const answer = await offline.answer({ question: 'Hoeveel inwoners had Utrecht op 1 januari 2023?', language: 'nl' });
    expect(answer?.answer).toContain('CBS StatLine is nu niet bereikbaar en er is geen eerder opgehaalde stand van deze tabel; probeer het later opnieuw.');
    expect(answer?.answer).toContain('Ik begreep uw vraag als: Inwoners op 1 januari, Utrecht, 2023 (CBS StatLine).');
    expect(answer?.answer).not.toMatch(/503|v4:|http/i);
    expect(answer?.citations).toEqual([]);
    expect(answer?.toolCalls).toEqual([{ name: 'query_indicator', input: expect.anything(), output: { error: 'CbsUnavailableError', reason: 'unreachable' } }]);
  });
});

describe('data answers from the sample registration', () => {
  it('"Hoeveel residentiële plaatsingen hadden we dit jaar?" → the distinct-client figure, voorbeelddata, the definition and the period', async () => {
    const answer = await answerer.answer({ question: 'Hoeveel residentiële plaatsingen hadden we dit jaar?', language: 'nl' });
    const output = answer?.toolCalls[0]?.output as { clients: number };
    expect(answer?.intent).toBe('data');
    expect(answer?.answer.split('\n')[0]).toBe(`**Residentiële plaatsingen (unieke cliënten)**, 1 januari 2026 t/m 23 november 2026: **${output.clients} unieke cliënten** [1]`);
    expect(answer?.answer).toContain('voorbeelddata');
    expect(answer?.answer).toContain('**Definitie:** Aantal unieke cliënten met ten minste één toewijzing in residentiële jeugdhulp');
    expect(answer?.citations).toEqual([expect.objectContaining({ n: 1, docId: 'registratie', title: 'Eigen registratie, import 2026-11-01 (voorbeelddata)' })]);
    expect(answer?.figures[0]?.table?.rows).toHaveLength(11);
    expect(answer?.figures[0]?.chart?.kind).toBe('line');
  });

  it('in English it says sample data', async () => {
    const answer = await answerer.answer({ question: 'How many residential placements did we have this year?', language: 'en' });
    expect(answer?.answer).toContain('**Note: sample data.**');
    expect(answer?.answer).toContain('1 January 2026 to 23 November 2026');
    expect(answer?.citations[0]?.title).toBe('Own registration, import 2026-11-01 (sample data)');
  });

  it('a gemeente that is not in the registration → the registration says which are, no number', async () => {
    const answer = await answerer.answer({ question: 'Hoeveel residentiële plaatsingen hadden we in Utrecht in 2025?', language: 'nl' });
    expect(answer?.answer).toContain('Uw eigen registratie (voorbeelddata) bevat toewijzingen van één gemeente: Hoorn (GM0405). Utrecht (GM0344) staat daar niet in');
    expect(answer?.answer).toContain('Wel beschikbaar is het CBS-cijfer');
    expect(answer?.toolCalls).toEqual([]);
  });

  it('no registration imported → the registration says so, no number', async () => {
    const empty = RegistrationStore.open({ filePath: ':memory:' });
    const answer = await createAnswerer({ cbs: createTestClient(server).client, registrations: empty.reader }).answer({ question: 'Hoeveel residentiële plaatsingen hadden we dit jaar?', language: 'nl' });
    empty.close();
    expect(answer?.answer).toContain('Er is nog geen eigen registratie (toewijzingen) geïmporteerd');
    expect(answer?.answer).toContain('Ik begreep uw vraag als: Residentiële plaatsingen (unieke cliënten), 2026-01-01 – 2026-11-23 (eigen registratie).');
  });
});

describe('calculations', () => {
  it('budget runway worked example: runs out in November, projected € 13.600.000, overspend € 1.600.000', async () => {
    const answer = await answerer.answer({ question: 'Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven — wanneer is het op?', language: 'nl' });
    expect(answer?.intent).toBe('calculation');
    expect(answer?.answer).toContain('het budget op in **november** [1]');
    expect(answer?.answer).toContain('**€ 13.600.000**');
    expect(answer?.answer).toContain('een overschrijding van **€ 1.600.000** (13,3 %)');
    expect(answer?.answer).toContain('Gemiddelde uitgave per maand = € 10.200.000 / 9 maanden (t/m september) = € 1.133.333,33');
    expect(answer?.citations).toEqual([expect.objectContaining({ docId: 'rekentool:budget_runway', title: 'Rekentool budgetprognose (Stelselwijzer)' })]);
    expect(answer?.figures[0]?.table?.rows).toHaveLength(12);
  });

  it('compare_financing with P and Q missing → a question back, no tool call, no numbers made up', async () => {
    const answer = await answerer.answer({ question: 'Wat kost P maal Q over 4 jaar vergeleken met een lumpsum van 11,5 miljoen?', language: 'nl' });
    expect(answer).toMatchObject({ intent: 'calculation', toolCalls: [], citations: [], figures: [] });
    expect(answer?.answer).toContain('Noem het aantal eenheden per jaar en de prijs per eenheid, bijvoorbeeld:');
  });

  it('compare_financing with the inputs given: totals, the difference and the formula', async () => {
    const answer = await answerer.answer({ question: 'Wat kost P maal Q over 4 jaar met P € 95 per uur en Q 120.000 uur, vergeleken met een lumpsum van 11,5 miljoen?', language: 'nl' });
    expect(answer?.answer).toContain('- Inspanningsgericht (P × Q): **€ 45.600.000**');
    expect(answer?.answer).toContain('- Taakgericht (lumpsum): **€ 46.000.000**');
    expect(answer?.answer).toContain('Taakgericht (lumpsum) is € 400.000 (0,9 %) duurder');
    expect(answer?.answer).toContain('Jaar 1: 120.000 uur × € 95 = € 11.400.000.');
  });

  it('residential scenario: net € 1.110.000 a year, step by step, without figures that need the current number', async () => {
    const answer = await answerer.answer({ question: 'Als we 10 residentiële plaatsingen minder hebben à € 120.000 per jaar en 60% gaat naar ambulant à € 15.000, wat besparen we?', language: 'nl' });
    expect(answer?.answer).toContain('Netto besparing: **€ 1.110.000 per jaar** [1].');
    expect(answer?.answer).toContain('Extra ambulante kosten = 6 × € 15.000 = € 90.000');
    expect(answer?.answer).not.toContain('huidige residentiële kosten (');
  });

  it('input the calculator refuses → the issues listed, politely', async () => {
    const answer = await answerer.answer({ question: 'Wat besparen we als we van 5 naar 10 residentiële plaatsingen gaan à € 120.000, 60% naar ambulant à € 15.000?', language: 'nl' });
    expect(answer?.answer).toContain('Met deze gegevens kan ik de vraag niet beantwoorden:');
    expect(answer?.answer).toContain('- Afname in aantal mag niet negatief zijn');
    expect(answer?.toolCalls[0]?.output).toEqual({ error: 'InvalidInputError', reason: 'invalid-input' });
  });
});

describe('not a data question', () => {
  it('returns undefined so the knowledge path answers', async () => {
    expect(await answerer.answer({ question: 'Wat is taakgerichte bekostiging?', language: 'nl' })).toBeUndefined();
  });
});
