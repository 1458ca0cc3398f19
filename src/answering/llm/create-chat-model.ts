import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AzureChatOpenAI, ChatOpenAI } from '@langchain/openai';
import type { OpenAiServiceConfig } from '../../lib/index.ts';
import { ConfigError } from '../../lib/errors/index.ts';
import type { PromptConfig } from './load-prompt.ts';

export interface CreateChatModelOptions {
  service: OpenAiServiceConfig;
  /** Temperature and max tokens, from the prompt's `config.json`. */
  completion: PromptConfig['completion'];
  /** Per request; the answerer also enforces its own time budget over all requests. */
  timeoutMs?: number;
}

/**
 * A LangChain chat model for OpenAI, Azure OpenAI or any OpenAI-compatible server (Ollama, vLLM:
 * `baseUrl`). Retries are off (`maxRetries: 0`): the answerer retries itself within its time budget.
 */
export function createChatModel(options: CreateChatModelOptions): BaseChatModel {
  const { service, completion } = options;
  const common = {
    temperature: completion.temperature,
    maxTokens: completion.max_tokens,
    timeout: options.timeoutMs ?? 30_000,
    maxRetries: 0,
  };
  if (service.kind === 'azure') {
    if (!service.chatDeployment) {
      throw new ConfigError(['AZURE_OPENAI_DEPLOYMENT: vereist voor de LLM-modus met Azure OpenAI / required for the LLM mode on Azure OpenAI']);
    }
    return new AzureChatOpenAI({
      ...common,
      azureOpenAIApiKey: service.apiKey,
      azureOpenAIBasePath: `${service.endpoint.replace(/\/+$/, '')}/openai/deployments`,
      azureOpenAIApiDeploymentName: service.chatDeployment,
      azureOpenAIApiVersion: service.apiVersion,
    });
  }
  return new ChatOpenAI({
    ...common,
    apiKey: service.apiKey,
    model: service.chatModel,
    ...(service.baseUrl ? { configuration: { baseURL: service.baseUrl } } : {}),
  });
}
