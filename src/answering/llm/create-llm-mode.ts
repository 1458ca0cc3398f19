import type { OpenAiServiceConfig } from '../../lib/index.ts';
import type { Retriever } from '../../sources/knowledge/index.ts';
import type { AssistantTool } from '../tools/index.ts';
import { createChatModel } from './create-chat-model.ts';
import { createGemeenteCodeTool } from './gemeente-code-tool.ts';
import { createLlmAnswerer, type LlmAnswerer } from './llm-answerer.ts';
import type { LlmLogger } from './llm-logger.ts';
import { loadPrompt } from './load-prompt.ts';

export interface CreateLlmModeOptions {
  /** `AppConfig.openai`; without it (or on Azure without a chat deployment) there is no LLM mode. */
  service: OpenAiServiceConfig | undefined;
  retriever: Retriever;
  /** The data tools, e.g. `listAssistantTools(createAssistantTools(...))`; `gemeente_code` is added here. */
  tools: readonly AssistantTool[];
  logger?: LlmLogger;
  /** Whole turn, default 20 s. */
  timeBudgetMs?: number;
  /** One model request, default 15 s. */
  requestTimeoutMs?: number;
  /** Defaults to the project's `prompts/`. */
  promptsDir?: string;
  /** The clock the rest of the assistant uses. */
  today?: () => Date;
}

/**
 * Wires the LLM mode from the configuration: the chat model, both prompts and the answerer.
 * Returns undefined when no chat model is configured, so the assistant stays offline.
 */
export function createLlmMode(options: CreateLlmModeOptions): LlmAnswerer | undefined {
  const { service } = options;
  if (!service || (service.kind === 'azure' && !service.chatDeployment)) return undefined;
  const dir = options.promptsDir ? { promptsDir: options.promptsDir } : {};
  const prompt = loadPrompt({ name: 'answer-from-sources', ...dir });
  const repairPrompt = loadPrompt({ name: 'repair-citations', ...dir });
  const model = createChatModel({ service, completion: prompt.config.completion, timeoutMs: options.requestTimeoutMs ?? 15_000 });
  return createLlmAnswerer({
    model,
    retriever: options.retriever,
    tools: [...options.tools, createGemeenteCodeTool() as unknown as AssistantTool],
    prompt,
    repairPrompt,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}),
    ...(options.today ? { today: options.today } : {}),
  });
}
