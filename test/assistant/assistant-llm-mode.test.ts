import { afterEach, describe, expect, it } from 'vitest';
import type { Stelselwijzer } from '../../src/app/composition-root.ts';
import { createTestStelselwijzer } from '../support/knowledge-fixture.ts';
import { reply, sourceNumberOf, startScriptedChatServer, type ScriptedChatServer, type ScriptedReply } from '../support/scripted-chat-server.ts';

/** The whole assistant with an OpenAI-compatible model configured (served by a scripted local server). */
describe('assistant in LLM mode', () => {
  let chat: ScriptedChatServer | undefined;
  let stelselwijzer: (Stelselwijzer & { cleanup: () => void }) | undefined;
  afterEach(async () => {
    stelselwijzer?.close();
    stelselwijzer?.cleanup();
    await chat?.close();
  });

  const start = async (replies: ScriptedReply[]) => {
    chat = await startScriptedChatServer({ replies });
    stelselwijzer = await createTestStelselwijzer({ env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: chat.baseUrl, OPENAI_MODEL: 'scripted-model' } });
    return stelselwijzer;
  };

  it('lets the model search the knowledge base and answers with its citation, marked llm', async () => {
    const { assistant, mode } = await start([
      reply.toolCall('search_knowledge', { query: 'Hollands Kroon Incluzio' }),
      reply.dynamic((request) =>
        reply.text(`In Hollands Kroon is Incluzio de enige aanbieder voor Wmo en Jeugd [${sourceNumberOf(request, 'Casus Hollands Kroon')}].`),
      ),
    ]);
    expect(mode).toBe('llm');
    const answer = await assistant.ask({ question: 'Hoe is de zorg in Hollands Kroon georganiseerd?' });
    expect(answer).toMatchObject({ mode: 'llm', intent: 'knowledge', abstained: false });
    expect(answer.answer).toBe('In Hollands Kroon is Incluzio de enige aanbieder voor Wmo en Jeugd [1].');
    expect(answer.citations[0]?.source).toBe('knowledge/casus-hollands-kroon-incluzio.md');
    expect(answer.toolCalls[0]?.name).toBe('search_knowledge');
  });

  it('never shows an invented number: after a failed repair the offline answer is given, and says so', async () => {
    const invent = reply.dynamic((request) => reply.text(`Hollands Kroon bespaarde 4.321.000 euro [${sourceNumberOf(request, 'Casus Hollands Kroon')}].`));
    const { assistant } = await start([reply.toolCall('search_knowledge', { query: 'Hollands Kroon' }), invent, invent]);
    const answer = await assistant.ask({ question: 'Hoe is de zorg in Hollands Kroon georganiseerd?' });
    expect(answer.mode).toBe('offline');
    expect(answer.answer).not.toContain('4.321.000');
    expect(answer.answer).toMatch(/^_Het taalmodel gaf geen antwoord dat volledig door de bronnen wordt gedekt/);
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it('falls back to the offline answer when the model is unreachable', async () => {
    const { assistant } = await start([reply.status(500), reply.status(500), reply.status(500), reply.status(500), reply.status(500)]);
    const answer = await assistant.ask({ question: 'Wat is taakgerichte bekostiging?' });
    expect(answer.mode).toBe('offline');
    expect(answer.answer).toMatch(/^_Het taalmodel is nu niet bereikbaar/);
    expect(answer.answer).toMatch(/\[1\]/);
  }, 40_000);
});
