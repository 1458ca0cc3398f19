import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stelselwijzer } from '../../src/app/composition-root.ts';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';

/*
 * Question shapes the offline composer reads on their own terms, asked of the shipped knowledge/: each
 * was answered with something else before (a definition of the context, a sentence quoting a name, the
 * measures against a risk).
 */
describe('question shapes over the shipped knowledge', () => {
  let stelselwijzer: Stelselwijzer & { cleanup: () => void };
  beforeAll(async () => {
    stelselwijzer = await createTestStelselwijzer();
  });
  afterAll(() => stelselwijzer?.cleanup());
  const ask = (question: string) => stelselwijzer.assistant.ask({ question });
  const lead = (answer: string) => answer.replace(/^From the sources[^:]*:\s*/, '').split(/(?<=\]) /)[0] ?? '';

  it('answers a role question about a place from that place\'s document, not from the glossary', async () => {
    const answer = await ask('What is the role of the neighbourhood teams in Utrecht?');
    expect(lead(answer.answer)).toContain('Utrecht');
    expect(answer.citations[0]?.source).not.toMatch(/begrippenlijst/);
  });

  it('gives both sides of "voor- en nadelen", each under its heading', async () => {
    const answer = await ask('Wat zijn de voor- en nadelen van open house?');
    expect(answer.answer).toMatch(/\*\*Voordelen\*\*[\s\S]+keuzevrijheid[\s\S]+\*\*Nadelen en risico’s\*\*[\s\S]+honderden contracten/);
  });

  it('finds both sides of a variant in the sections that list them, though they share no word with the question ("Beloften", "Risico\'s en aandachtspunten")', async () => {
    for (const question of ['Wat zijn de voor- en nadelen van taakgerichte bekostiging?', 'What are the advantages and disadvantages of task-based funding?']) {
      const answer = await ask(question);
      expect(answer.answer, question).toMatch(/\*\*(Voordelen|Advantages)\*\*[\s\S]+vijf beloften van taakgericht werken[\s\S]+\*\*(Nadelen en risico’s|Disadvantages and risks)\*\*[\s\S]+minder grip op de uitvoering/);
    }
  });

  it('weighs "Should we switch to task-based funding?" with the considerations for it too, from the sections that list them', async () => {
    const answer = (await ask('Should we switch to task-based funding?')).answer;
    expect(answer).toMatch(/\*\*Considerations for\*\*[\s\S]+Taakgericht werken[\s\S]+\*\*Considerations against \(risks\)\*\*/);
  });

  it('reads an English subject by what the documents call it: the risks of "fee-for-service funding" are those of P maal Q', async () => {
    expect(lead((await ask('What are the risks of fee-for-service funding?')).answer)).toMatch(/^Het belangrijkste risico van P maal Q is de productieprikkel/);
  });

  it('says who someone is by the role beside the name', async () => {
    expect(lead((await ask('Wie is Roxana Asmus?')).answer)).toContain('directeur-bestuurder van zorgaanbieder Incluzio');
  });

  it('opens a one-word question with the definition from the glossary', async () => {
    expect(lead((await ask('ventiel')).answer)).toMatch(/^Een ventiel \(Engels: safety valve/);
  });

  it('opens "definition of …", typed as a fragment, with the definition', async () => {
    expect(lead((await ask('definition of outpatient youth care?')).answer)).toMatch(/^Ambulante jeugdhulp \(Engels: outpatient/);
  });

  it('counts synonyms of one concept once: a glossary line full of them does not outrank the answer', async () => {
    // "P maal Q (Engels: price times quantity) … prijs per eenheid" and "outputgerichte … traject" used to lead.
    expect(lead((await ask('Who bears the volume risk in fee-for-service?')).answer)).toMatch(/draagt .*volumerisico|volumerisico.* draagt|draagt de gemeente het risico/);
    expect(lead((await ask('wat is een trajectprijs')).answer)).toMatch(/^Een trajectprijs \(Engels: episode price/);
  });

  it('says why something is a risk before how a gemeente limits it', async () => {
    expect(lead((await ask('Waarom zijn wachtlijsten een risico bij een lumpsum?')).answer)).not.toMatch(/beperkt het risico/);
  });

  it('refuses a waiting time the sources do not give', async () => {
    expect((await ask('Wat is de wachttijd voor jeugdhulp in Amsterdam?')).abstained).toBe(true);
  });
});
