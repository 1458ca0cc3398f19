import { ConfigError } from '../../../lib/errors/index.ts';
import type { OpenAiServiceConfig } from '../../../lib/index.ts';
import type { Embedder } from './embedder.ts';
import { createHashingEmbedder } from './hashing-embedder.ts';
import { createOpenAiEmbedder } from './openai-embedder.ts';

/** Which embedder to use (AppConfig's `embeddings` and `openai`, passed down as they are). */
export interface EmbedderChoice {
  embeddings: 'local' | 'openai';
  openai?: OpenAiServiceConfig;
}

/** The embedder the configuration asks for: the local default, or OpenAI / Azure OpenAI. */
export async function createEmbedder(config: EmbedderChoice): Promise<Embedder> {
  switch (config.embeddings) {
    case 'local':
      return createHashingEmbedder();
    case 'openai':
      if (!config.openai) throw new ConfigError(['EMBEDDINGS=openai: geen OpenAI- of Azure OpenAI-dienst ingesteld']);
      return createOpenAiEmbedder({ service: config.openai });
  }
}
