import type { Storage } from '@microsoft/agents-hosting';
import type { Logger } from 'pino';
import { createOfflineComposer } from './compose/offline-composer.ts';
import type { AppConfig } from './config/app-config.ts';
import { createAssistant, type Assistant } from './core/assistant.ts';
import { createDataAnswerer } from './data-answers/answer-data-question.ts';
import type { FeedbackStore } from './feedback/feedback-store.ts';
import { createEmbedder } from './knowledge/embeddings/create-embedder.ts';
import { openDefaultIndex } from './knowledge/index/open-default-index.ts';
import { KnowledgeIndex } from './knowledge/index/knowledge-index.ts';
import { createLexicalTermMatcher } from './compose/lexical-term-matcher.ts';
import { createHybridRetriever } from './knowledge/retrieval/hybrid-retriever.ts';
import { createLlmMode } from './llm/create-llm-mode.ts';
import { listAssistantTools } from './tools/create-assistant-tools.ts';
import { openStores } from './storage/open-stores.ts';
import { storageConfigFromEnv } from './storage/storage-config.ts';
import { openAssistantTools } from './tools/open-assistant-tools.ts';

export interface Stelselwijzer {
  assistant: Assistant;
  /** offline: answers composed from the sources; llm: a configured model writes them. */
  mode: 'offline' | 'llm';
  index: KnowledgeIndex;
  feedback: FeedbackStore;
  /** Conversation state (Agents SDK storage): a file locally, Azure Blob Storage with STORAGE=blob. */
  conversationStorage: Storage;
  /** Closes the stores (registration, feedback). */
  close(): void;
}

/**
 * The one place where the parts are wired together. With no `indexDir`, the default index is
 * used and built from the knowledge folder first if it is missing.
 */
export async function createStelselwijzer(options: { config: AppConfig; logger?: Logger; indexDir?: string }): Promise<Stelselwijzer> {
  const { config, logger } = options;
  const embedder = await createEmbedder(config);
  const index = options.indexDir
    ? KnowledgeIndex.load({ indexDir: options.indexDir, embedder })
    : await openDefaultIndex({ indexDir: config.indexDir, knowledgeDir: config.knowledgeDir, projectDir: config.projectDir, embedder, logger });
  const retriever = createHybridRetriever({ index, embedder });
  const composer = createOfflineComposer({ terms: createLexicalTermMatcher({ lexical: index.lexical }) });
  const stores = await openStores({ config: storageConfigFromEnv(process.env), dataDir: config.dataDir });
  const { feedback, conversationStorage } = stores;
  const today = () => new Date();
  const data = openAssistantTools({ dataDir: config.dataDir, env: process.env, today });
  const dataAnswerer = createDataAnswerer({ tools: data.tools, catalogue: data.catalogue, today });
  const llm = createLlmMode({ service: config.openai, retriever, tools: listAssistantTools(data.tools), logger, today });
  const assistant = createAssistant({ retriever, composer, dataAnswerer, llm, today });
  return {
    assistant,
    mode: llm ? 'llm' : 'offline',
    index,
    feedback,
    conversationStorage,
    close: () => {
      data.close();
      stores.close();
    },
  };
}
