import { AzureChatOpenAI, ChatOpenAI } from '@langchain/openai';
import { HumanMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../../src/app/config/app-config.ts';
import { ConfigError } from '../../../src/lib/errors/config-error.ts';
import { createChatModel } from '../../../src/answering/llm/create-chat-model.ts';
import { reply, startScriptedChatServer } from '../../support/scripted-chat-server.ts';

const completion = { temperature: 0.1, max_tokens: 800 };

describe('createChatModel', () => {
  it('makes a ChatOpenAI for an OpenAI-compatible base URL, without its own retries', () => {
    const config = loadAppConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.1', LOG_LEVEL: 'silent' });
    const model = createChatModel({ service: config.openai!, completion, timeoutMs: 1234 });
    expect(model).toBeInstanceOf(ChatOpenAI);
    expect(model).toMatchObject({ model: 'llama3.1', temperature: 0.1, maxTokens: 800, timeout: 1234 });
    expect((model.caller as unknown as { maxRetries: number }).maxRetries).toBe(0);
  });

  it('makes an AzureChatOpenAI for Azure OpenAI', () => {
    const config = loadAppConfig({ AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com/', AZURE_OPENAI_DEPLOYMENT: 'gpt-4o', LOG_LEVEL: 'silent' });
    const model = createChatModel({ service: config.openai!, completion });
    expect(model).toBeInstanceOf(AzureChatOpenAI);
    expect(model).toMatchObject({ azureOpenAIApiDeploymentName: 'gpt-4o', azureOpenAIApiVersion: '2024-10-21' });
  });

  it('calls the Azure deployment URL with the api-version and api-key', async () => {
    const server = await startScriptedChatServer({ replies: [reply.text('Hallo')] });
    try {
      const endpoint = server.baseUrl.replace(/\/v1$/, '');
      const config = loadAppConfig({ AZURE_OPENAI_API_KEY: 'azure-key', AZURE_OPENAI_ENDPOINT: endpoint, AZURE_OPENAI_DEPLOYMENT: 'gpt-4o', LOG_LEVEL: 'silent' });
      const model = createChatModel({ service: config.openai!, completion });
      const answer = await model.invoke([new HumanMessage('Hoi')]);
      expect(answer.content).toBe('Hallo');
      expect(server.requests[0]!.path).toBe('/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21');
      expect(server.requests[0]!.headers['api-key']).toBe('azure-key');
    } finally {
      await server.close();
    }
  });

  it('names AZURE_OPENAI_DEPLOYMENT when it is missing', () => {
    const config = loadAppConfig({ AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com/', LOG_LEVEL: 'silent' });
    expect(() => createChatModel({ service: config.openai!, completion })).toThrow(ConfigError);
    expect(() => createChatModel({ service: config.openai!, completion })).toThrow(/AZURE_OPENAI_DEPLOYMENT/);
  });
});
