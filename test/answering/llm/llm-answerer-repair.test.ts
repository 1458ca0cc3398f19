import { describe, expect, it } from 'vitest';
import { contentText, reply, sourceNumberOf, type ScriptedChatServer } from '../../support/scripted-chat-server.ts';
import { createTestAnswerer, useAnswerLoop } from './llm-fixture.ts';

const CASUS = 'Casus Voorbeeldstad';
const QUESTION = 'Hoe bekostigt Voorbeeldstad de jeugdhulp?';
const search = reply.toolCall('search_knowledge', { query: 'lumpsum Voorbeeldstad' });
const citing = (text: (n: number) => string) => reply.dynamic((request) => reply.text(text(sourceNumberOf(request, CASUS))));

describe('the grounding guard in the answer loop', () => {
  const loop = useAnswerLoop();
  const { start } = loop;
  const lastUserMessage = (chat: ScriptedChatServer, index: number) =>
    contentText(chat.requests[index]!.body.messages.filter((message) => message.role === 'user').at(-1)!.content);

  it('asks once for a repair when a number is in no source, and accepts the repaired answer', async () => {
    const chat = await start([
      search,
      citing((n) => `Voorbeeldstad betaalt een lumpsum van € 14,9 miljoen per jaar [${n}].`),
      citing((n) => `Voorbeeldstad betaalt een lumpsum van € 12,4 miljoen per jaar [${n}].`),
    ]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({ question: QUESTION, language: 'nl' });

    expect(result).toMatchObject({ ok: true, repaired: true, answer: 'Voorbeeldstad betaalt een lumpsum van € 12,4 miljoen per jaar [1].' });
    expect(chat.requests).toHaveLength(3);
    const repair = lastUserMessage(chat, 2);
    expect(repair).toContain('Het getal 14,9 miljoen staat in geen enkele bron');
    expect(repair).toMatch(/- \[\d+\] Casus Voorbeeldstad: taakgerichte bekostiging/);
    // The rejected answer stays in the conversation, so the model sees what it is repairing.
    expect(chat.requests[2]!.body.messages.filter((message) => message.role === 'assistant').map((message) => contentText(message.content))).toContain(
      `Voorbeeldstad betaalt een lumpsum van € 14,9 miljoen per jaar [${sourceNumberOf(chat.requests[1]!, CASUS)}].`,
    );
  });

  it('gives up as ungrounded when the repaired answer still invents a number', async () => {
    const chat = await start([
      search,
      citing((n) => `De lumpsum is € 14,9 miljoen [${n}].`),
      citing((n) => `De lumpsum is € 15,1 miljoen [${n}].`),
    ]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({ question: QUESTION, language: 'nl' });

    expect(result).toMatchObject({ ok: false, reason: 'ungrounded' });
    expect(result.toolCalls.map((call) => call.name)).toEqual(['search_knowledge']);
    expect(chat.requests).toHaveLength(3);
  });

  it('asks for a repair when the answer cites a source that does not exist', async () => {
    const chat = await start([
      search,
      citing((n) => `Voorbeeldstad bekostigt taakgericht [${n}] en is tevreden [9].`),
      citing((n) => `Voorbeeldstad bekostigt taakgericht [${n}].`),
    ]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({ question: QUESTION, language: 'nl' });

    expect(result).toMatchObject({ ok: true, repaired: true, answer: 'Voorbeeldstad bekostigt taakgericht [1].' });
    expect(lastUserMessage(chat, 2)).toContain('Je antwoord noemde [9], maar die bron bestaat niet');
  });

  it('asks for a repair when a claim has no citation at all', async () => {
    const chat = await start([search, reply.text('Voorbeeldstad bekostigt de jeugdhulp taakgericht.'), citing((n) => `Voorbeeldstad bekostigt de jeugdhulp taakgericht [${n}].`)]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({ question: QUESTION, language: 'nl' });

    expect(result).toMatchObject({ ok: true, repaired: true });
    expect(lastUserMessage(chat, 2)).toContain('beweringen zonder bronverwijzing');
  });

  it('accepts numbers the user gave in the question', async () => {
    const chat = await start([search, citing((n) => `Bij 3 aanbieders verandert de lumpsum van € 12,4 miljoen niet vanzelf [${n}].`)]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({ question: 'Wat als Voorbeeldstad 3 aanbieders contracteert?', language: 'nl' });

    expect(result).toMatchObject({ ok: true, repaired: false });
  });
});
