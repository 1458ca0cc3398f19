import type { Storage } from '@microsoft/agents-hosting';
import type { Logger } from 'pino';
import { createOfflineComposer } from '../answering/extractive/index.ts';
import type { AppConfig } from './config/index.ts';
import { createAssistant, type Assistant } from '../assistant/index.ts';
import { createDataAnswerer } from '../answering/data/index.ts';
import type { FeedbackStore } from '../storage/index.ts';
import { createEmbedder } from '../sources/knowledge/index.ts';
import type { Embedder } from '../sources/knowledge/index.ts';
import { openDefaultIndex } from '../sources/knowledge/index.ts';
import { openPrebuiltIndex } from '../sources/knowledge/index.ts';
import { KnowledgeIndex } from '../sources/knowledge/index.ts';
import { createLexicalTermMatcher } from '../answering/extractive/index.ts';
import { createHybridRetriever } from '../sources/knowledge/index.ts';
import { createLlmMode } from '../answering/llm/index.ts';
import { listAssistantTools } from '../answering/data/index.ts';
import { openStores } from '../storage/index.ts';
import { openAssistantTools } from '../answering/data/index.ts';

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
 * The one place where the parts are wired together. With no `indexDir`, the configured index is
 * used: the prebuilt one in INDEX_DIR as it is, or the default one, built from the knowledge
 * folder first if it is missing. The registration is the prebuilt REGISTRATIONS_FILE (read-only)
 * or the default store under DATA_DIR.
 */
export async function createStelselwijzer(options: { config: AppConfig; logger?: Logger; indexDir?: string }): Promise<Stelselwijzer> {
  const { config, logger } = options;
  const embedder = await createEmbedder(config);
  const index = await openIndex({ config, embedder, logger, indexDir: options.indexDir });
  const retriever = createHybridRetriever({ index, embedder });
  const composer = createOfflineComposer({ terms: createLexicalTermMatcher({ lexical: index.lexical, chunks: index.chunks }) });
  const today = () => new Date();
  const data = openAssistantTools({ dataDir: config.dataDir, registrations: config.registrations, cbs: config.cbs, today });
  const stores = await openStores({ config: config.storage, dataDir: config.dataDir }).catch((error: unknown) => {
    data.close();
    throw error;
  });
  const { feedback, conversationStorage } = stores;
  const dataAnswerer = createDataAnswerer({
    tools: data.tools,
    catalogue: data.catalogue,
    today,
    registrations: data.registrations,
    ...(config.ownGemeenteCode ? { ownGemeenteCode: config.ownGemeenteCode } : {}),
  });
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

/** An explicit index directory (cli `--index`), else the prebuilt INDEX_DIR, else the default index. */
async function openIndex(options: { config: AppConfig; embedder: Embedder; logger?: Logger; indexDir?: string }): Promise<KnowledgeIndex> {
  const { config, embedder, logger } = options;
  if (options.indexDir) return KnowledgeIndex.load({ indexDir: options.indexDir, embedder });
  if (config.indexPrebuilt) return openPrebuiltIndex({ indexDir: config.indexDir, embedder });
  return openDefaultIndex({ indexDir: config.indexDir, knowledgeDir: config.knowledgeDir, projectDir: config.projectDir, embedder, logger });
}
