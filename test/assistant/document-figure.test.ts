import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Assistant } from '../../src/assistant/assistant.ts';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';

/** A local port that nothing listens on: CBS "unreachable" without leaving the machine. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A number question a data tool cannot answer (CBS unreachable, inputs missing) that a document in
 * the knowledge base does answer: the document's figure is given, labelled as such, next to the reason.
 */
describe('figures from the documents when the data tool has none', () => {
  let assistant: Assistant;
  let cleanup: () => void;

  beforeAll(async () => {
    const port = await closedPort();
    vi.stubEnv('CBS_ODATA_V4_URL', `http://127.0.0.1:${port}/odata/v1/CBS`);
    vi.stubEnv('CBS_ODATA_V3_URL', `http://127.0.0.1:${port}/ODataApi/odata`);
    const stelselwijzer = await createTestStelselwijzer();
    assistant = stelselwijzer.assistant;
    cleanup = () => {
      stelselwijzer.close();
      stelselwijzer.cleanup();
    };
  }, 120_000);
  afterAll(() => {
    cleanup?.();
    vi.unstubAllEnvs();
  });

  it('CBS unreachable: says so, then gives the case study’s figure with its citation, source and date', async () => {
    const answer = await assistant.ask({ question: 'Hoeveel kinderen en jongeren in Den Haag maken gebruik van jeugdzorg?' });
    expect(answer.intent).toBe('data');
    expect(answer.answer).toMatch(/CBS StatLine is nu niet bereikbaar/);
    expect(answer.answer).toMatch(/Uit de documenten, geen actueel cijfer/);
    expect(answer.answer).toMatch(/15\.000 kinderen en jongeren .* \[1\]/);
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]!.source).toBe('knowledge/casus-den-haag-kracht-rondomjou.md');
    // The label names the document and its date, as the citation does.
    expect(answer.answer).toContain(`${answer.citations[0]!.title} (${answer.citations[0]!.date})`);
  }, 60_000);

  /** An English number question CBS cannot answer gets the reason, then the document's figure, labelled and cited. */
  async function expectEnglishDocumentFigure(question: string, figure: RegExp, source: string): Promise<void> {
    const answer = await assistant.ask({ question });
    expect(answer.answer).toMatch(/CBS StatLine cannot be reached/);
    expect(answer.answer).toMatch(/From the documents, not a live figure/);
    expect(answer.answer).toMatch(figure);
    expect(answer.citations[0]!.source).toBe(source);
  }

  it('an English question about The Hague finds the Dutch document’s figure for Den Haag', async () => {
    await expectEnglishDocumentFigure('How many children and young people in The Hague receive youth care?', /15\.000 kinderen en jongeren/, 'knowledge/casus-den-haag-kracht-rondomjou.md');
  }, 60_000);

  it('a province asked about: the figure of a document about that province, not one for a gemeente in it', async () => {
    await expectEnglishDocumentFigure('How many children and young people in Zeeland use youth care each year?', /10\.000 kinderen en jongeren/, 'knowledge/casus-zeeland-minder-aanbieders.md');
    // The Heerlen case is in Limburg, but its figures are Heerlen's, not the province's.
    const limburg = await assistant.ask({ question: 'Hoeveel jongeren in Limburg kregen jeugdhulp?' });
    expect(limburg.answer).toMatch(/CBS StatLine is nu niet bereikbaar/);
    expect(limburg.answer).not.toMatch(/Uit de documenten/);
    expect(limburg.citations).toEqual([]);
  }, 60_000);

  it('no document figure for another year or gemeente: only the reason, no borrowed number', async () => {
    const answer = await assistant.ask({ question: 'Hoeveel jongeren in Utrecht hadden in 2023 jeugdhulp met verblijf?' });
    expect(answer.answer).toMatch(/CBS StatLine is nu niet bereikbaar/);
    expect(answer.answer).not.toMatch(/Uit de documenten/);
    expect(answer.citations).toEqual([]);
  }, 60_000);

  it('no national figure for a gemeente because the document mentions that gemeente elsewhere', async () => {
    // The document on gesloten jeugdhulp names KOOS Utrecht, and says "355 jongeren in JeugdzorgPlus … in 2023" for the whole country.
    const answer = await assistant.ask({ question: 'Hoeveel jongeren kregen in 2023 jeugdhulp in Utrecht?' });
    expect(answer.answer).toMatch(/CBS StatLine is nu niet bereikbaar/);
    expect(answer.answer).not.toMatch(/Uit de documenten|JeugdzorgPlus/);
    expect(answer.citations).toEqual([]);
  }, 60_000);

  it('no amount of money for a count: "how many children" is not answered with what youth care cost', async () => {
    // The Amsterdam case gives costs (€ 42,8 miljoen, 114 miljoen euro), no number of children.
    const answer = await assistant.ask({ question: 'How many children in Amsterdam receive youth care?' });
    expect(answer.answer).toMatch(/CBS StatLine cannot be reached/);
    expect(answer.answer).not.toMatch(/From the documents|€|euro/);
    expect(answer.citations).toEqual([]);
  }, 60_000);

  it('a national figure is not answered with a gemeente\'s or a case\'s figure, nor with any number a sentence holds', async () => {
    // Den Haag's districts (129.000 inwoners), Hollands Kroon's 1.800 inwoners, a CPV code: none is the country's figure.
    for (const question of ['Hoeveel inwoners heeft Nederland?', 'How many young people received youth care in the Netherlands in 2022?']) {
      const answer = await assistant.ask({ question });
      expect(answer.intent, question).toBe('data');
      expect(answer.answer, question).toMatch(/CBS StatLine (is nu niet bereikbaar|cannot be reached)/);
      expect(answer.answer, question).not.toMatch(/Uit de documenten|From the documents/);
      expect(answer.citations, question).toEqual([]);
    }
  }, 60_000);

  it('a calculation with missing inputs asks for them and borrows no figure from a document', async () => {
    const answer = await assistant.ask({ question: 'Wat kost P maal Q over 4 jaar vergeleken met een lumpsum?' });
    expect(answer.intent).toBe('calculation');
    expect(answer.answer).not.toMatch(/Uit de documenten/);
    expect(answer.citations).toEqual([]);
  }, 60_000);
});
