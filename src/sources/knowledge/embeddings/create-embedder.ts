import type { AppConfig } from '../../../app/config/app-config.ts';
import { ConfigError } from '../../../lib/errors/config-error.ts';
import type { Embedder } from './embedder.ts';
import { createHashingEmbedder } from './hashing-embedder.ts';
import { createOpenAiEmbedder } from './openai-embedder.ts';

/** The embedder the configuration asks for: the local default, or OpenAI / Azure OpenAI. */
export async function createEmbedder(config: Pick<AppConfig, 'embeddings' | 'openai'>): Promise<Embedder> {
  switch (config.embeddings) {
    case 'local':
      return createHashingEmbedder();
    case 'openai':
      if (!config.openai) throw new ConfigError(['EMBEDDINGS=openai: geen OpenAI- of Azure OpenAI-dienst ingesteld']);
      return createOpenAiEmbedder({ service: config.openai });
  }
}
