import type { AppConfig } from '../../config/app-config.ts';
import type { Embedder } from './embedder.ts';
import { createHashingEmbedder } from './hashing-embedder.ts';

/** The embedder the configuration asks for: the local default, or OpenAI / Azure OpenAI. */
export function createEmbedder(config: Pick<AppConfig, 'embeddings'>): Embedder {
  switch (config.embeddings) {
    case 'local':
      return createHashingEmbedder();
    case 'openai':
      throw new Error('EMBEDDINGS=openai wordt nog niet ondersteund in deze versie; gebruik EMBEDDINGS=local.');
  }
}
