import { AzureOpenAIEmbeddings, OpenAIEmbeddings } from '@langchain/openai';
import type { OpenAiServiceConfig } from '../../../lib/index.ts';
import type { Embedder } from './embedder.ts';

const KNOWN_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

/**
 * Embeddings from OpenAI, Azure OpenAI or an OpenAI-compatible server (e.g. Ollama, vLLM) through
 * LangChain. When the vector size is not known for the model, one probe request finds it.
 */
export async function createOpenAiEmbedder(options: { service: OpenAiServiceConfig; timeoutMs?: number }): Promise<Embedder> {
  const { service } = options;
  const timeout = options.timeoutMs ?? 30_000;
  const model =
    service.kind === 'azure'
      ? new AzureOpenAIEmbeddings({
          azureOpenAIApiKey: service.apiKey,
          azureOpenAIBasePath: `${service.endpoint.replace(/\/+$/, '')}/openai/deployments`,
          azureOpenAIApiDeploymentName: service.embeddingsDeployment,
          azureOpenAIApiVersion: service.apiVersion,
          dimensions: service.embeddingsDimensions,
          timeout,
          maxRetries: 3,
        })
      : new OpenAIEmbeddings({
          apiKey: service.apiKey,
          model: service.embeddingsModel,
          dimensions: service.embeddingsDimensions,
          timeout,
          maxRetries: 3,
          configuration: service.baseUrl ? { baseURL: service.baseUrl } : undefined,
        });
  const name = service.kind === 'azure' ? `azure-openai:${service.embeddingsDeployment}` : `openai:${service.embeddingsModel}`;
  const dimensions =
    service.embeddingsDimensions ??
    (service.kind === 'openai' ? KNOWN_DIMENSIONS[service.embeddingsModel] : undefined) ??
    (await model.embedQuery('dimensie')).length;
  return {
    id: `${name}-${dimensions}`,
    dimensions,
    // OpenAI's embedding models are trained on many languages: an English question finds Dutch text.
    multilingual: true,
    embedDocuments: (texts) => model.embedDocuments(texts),
    embedQuery: (text) => model.embedQuery(text),
  };
}
