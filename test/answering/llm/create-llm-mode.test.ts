import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../../src/app/config/app-config.ts';
import type { Retriever } from '../../../src/sources/knowledge/retrieval/hybrid-retriever.ts';
import { createLogger } from '../../../src/lib/logging/create-logger.ts';
import { createLlmMode } from '../../../src/answering/llm/create-llm-mode.ts';
import { reply, startScriptedChatServer } from '../../support/scripted-chat-server.ts';

const noPassages: Retriever = { retrieve: async () => [] };

describe('createLlmMode', () => {
  it('is off without a configured chat model', () => {
    expect(createLlmMode({ service: loadAppConfig({ LOG_LEVEL: 'silent' }).openai, retriever: noPassages, tools: [] })).toBeUndefined();
    const embeddingsOnlyAzure = loadAppConfig({ AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com/', LOG_LEVEL: 'silent' }).openai;
    expect(createLlmMode({ service: embeddingsOnlyAzure, retriever: noPassages, tools: [] })).toBeUndefined();
  });

  it('answers through the configured OpenAI-compatible server', async () => {
    const server = await startScriptedChatServer({ replies: [reply.text('De bronnen geven hierop geen antwoord.')] });
    try {
      const config = loadAppConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: server.baseUrl, LOG_LEVEL: 'silent' });
      const logger = createLogger({ level: 'silent' });
      const llm = createLlmMode({ service: config.openai, retriever: noPassages, tools: [], logger, today: () => new Date('2026-11-23T12:00:00Z') });
      const result = await llm!.answer({ question: 'Wat is het weer?', language: 'nl' });
      expect(result).toMatchObject({ ok: true, abstained: true });
      expect(server.requests[0]!.body.model).toBe('gpt-4o-mini');
      expect(JSON.stringify(server.requests[0]!.body.messages[0])).toContain('Vandaag is het maandag 23 november 2026.');
      expect(server.requests[0]!.body.tools?.map((tool) => tool.function.name)).toEqual(['search_knowledge', 'gemeente_code']);
    } finally {
      await server.close();
    }
  });
});
