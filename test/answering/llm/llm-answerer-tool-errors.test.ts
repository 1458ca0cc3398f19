import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AssistantTool } from '../../../src/answering/tools/assistant-tool.ts';
import { contentText, reply, sourceNumberOf, type ScriptedChatServer } from '../../support/scripted-chat-server.ts';
import { createTestAnswerer, useAnswerLoop } from './llm-fixture.ts';

const CASUS = 'Casus Voorbeeldstad';
const answerCiting = reply.dynamic((request) => reply.text(`Voorbeeldstad bekostigt taakgericht [${sourceNumberOf(request, CASUS)}].`));

describe('tool calls the answerer cannot run', () => {
  const loop = useAnswerLoop();
  const { start } = loop;
  const toolMessagesOf = (chat: ScriptedChatServer, index: number) =>
    chat.requests[index]!.body.messages.filter((message) => message.role === 'tool').map((message) => ({ id: message.tool_call_id, text: contentText(message.content) }));

  it('answers malformed JSON arguments with a tool error, and the loop continues', async () => {
    const chat = await start([reply.toolCall('search_knowledge', '{"query": "lumpsum Voorbeeld'), reply.toolCall('search_knowledge', { query: 'lumpsum Voorbeeldstad' }), answerCiting]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({ question: 'Hoe bekostigt Voorbeeldstad de jeugdhulp?', language: 'nl' });

    expect(result.ok).toBe(true);
    const [error] = toolMessagesOf(chat, 1);
    expect(error).toMatchObject({ id: 'call_1_1' });
    expect(error!.text).toMatch(/^<toolfout tool="search_knowledge">\nDe argumenten zijn geen geldige JSON/);
    expect(result.toolCalls[0]).toMatchObject({ name: 'search_knowledge', input: '{"query": "lumpsum Voorbeeld', output: { error: expect.stringContaining('geen geldige JSON') } });
    // The assistant message with the malformed call is sent back with an id, so the tool message answers it.
    const assistant = chat.requests[1]!.body.messages.find((message) => message.role === 'assistant')!;
    expect(assistant.tool_calls?.map((call) => call.id)).toEqual(['call_1_1']);
  });

  it('answers arguments that fail the tool schema with the schema problems', async () => {
    const chat = await start([reply.toolCall('search_knowledge', { zoekterm: 'lumpsum' }), reply.toolCall('search_knowledge', { query: 'lumpsum Voorbeeldstad' }), answerCiting]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({ question: 'Hoe bekostigt Voorbeeldstad de jeugdhulp?', language: 'nl' });

    expect(result.ok).toBe(true);
    expect(toolMessagesOf(chat, 1)[0]!.text).toContain('Ongeldige invoer voor search_knowledge: query:');
  });

  it('answers an unknown tool name with a tool error listing the tools', async () => {
    const chat = await start([reply.toolCall('web_search', { q: 'lumpsum' }), reply.toolCall('search_knowledge', { query: 'lumpsum Voorbeeldstad' }), answerCiting]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({ question: 'Hoe bekostigt Voorbeeldstad de jeugdhulp?', language: 'nl' });

    expect(result.ok).toBe(true);
    expect(toolMessagesOf(chat, 1)[0]!.text).toBe('<toolfout tool="web_search">\nOnbekende tool "web_search". Beschikbare tools: search_knowledge.\n</toolfout>');
    expect(result.toolCalls.map((call) => call.name)).toEqual(['web_search', 'search_knowledge']);
  });

  it('abandons a tool that outlasts the time budget and reports a timeout', async () => {
    const stuck: AssistantTool = { name: 'query_indicator', description: 'Hangt.', inputSchema: z.object({}), run: () => new Promise(() => {}) };
    const chat = await start([reply.toolCall('query_indicator', {}), reply.text('niet bereikt')]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever, tools: [stuck], timeBudgetMs: 400 });
    const started = Date.now();
    const result = await answerer.answer({ question: 'Hoeveel jeugdigen?', language: 'nl' });

    expect(result).toMatchObject({ ok: false, reason: 'timeout', toolCalls: [{ name: 'query_indicator', output: { error: expect.stringContaining('geen antwoord binnen') } }] });
    expect(Date.now() - started).toBeLessThan(1_200);
    expect(chat.requests).toHaveLength(1);
  });

  it('stops a model that keeps calling tools after the round limit', async () => {
    const again = reply.toolCall('search_knowledge', { query: 'lumpsum' });
    const chat = await start([again, again, again, again]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever, maxToolRounds: 2 });
    const result = await answerer.answer({ question: 'Hoe bekostigt Voorbeeldstad de jeugdhulp?', language: 'nl' });

    expect(result).toMatchObject({ ok: false, reason: 'ungrounded' });
    expect(chat.requests).toHaveLength(4);
    expect(toolMessagesOf(chat, 3).at(-1)!.text).toContain('Het maximale aantal toolrondes is bereikt');
  });
});
