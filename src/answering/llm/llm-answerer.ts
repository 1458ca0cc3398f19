import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';
import type { Language, ToolCall } from '../../assistant/index.ts';
import type { LlmAnswer, LlmAnswerer } from '../../assistant/index.ts';
import type { Retriever } from '../../sources/knowledge/index.ts';
import type { AssistantTool } from '../tools/index.ts';
import { executeToolCall } from './execute-tool-call.ts';
import { finalizeCitations } from './finalize-citations.ts';
import { checkGrounding } from './grounding-guard.ts';
import { historyMessages } from './history-messages.ts';
import { invokeWithRetry } from './invoke-with-retry.ts';
import type { LlmLogger } from './llm-logger.ts';
import type { LoadedPrompt } from './load-prompt.ts';
import { ModelUnavailableError } from './model-unavailable-error.ts';
import { readModelReply, type ModelReply } from './read-model-reply.ts';
import { renderPrompt } from './render-prompt.ts';
import { repairRequest } from './repair-request.ts';
import { presentToolOutcome } from './present-tool-outcome.ts';
import { createSearchKnowledgeTool } from './search-knowledge-tool.ts';
import { toFunctionToolDefinition } from './tool-definitions.ts';
import { findUngroundedInputs } from './tool-input-grounding.ts';
import { TurnSources } from './turn-sources.ts';
import type { Bilingual } from '../../lib/index.ts';

export type { LlmAnswerer, LlmAnswerOptions } from '../../assistant/index.ts';

export interface CreateLlmAnswererOptions {
  /** A chat model that supports `bindTools` (ChatOpenAI, AzureChatOpenAI: see createChatModel). */
  model: BaseChatModel;
  retriever: Retriever;
  /** The data tools (listAssistantTools); `search_knowledge` is added by the answerer. */
  tools: readonly AssistantTool[];
  /** The system prompt (`prompts/answer-from-sources`), with a `{{$taal}}` variable. */
  prompt: LoadedPrompt;
  /** The repair request (`prompts/repair-citations`), with `{{$problemen}}` and `{{$bronnen}}`. */
  repairPrompt: LoadedPrompt;
  logger?: LlmLogger;
  /** Time for the whole turn (all model calls, retries and tools); default 20 s. */
  timeBudgetMs?: number;
  /** Model replies with tool calls per turn; default 4. */
  maxToolRounds?: number;
  /** Passages per search; default 6. */
  searchLimit?: number;
  /** First retry delay; default 250 ms. */
  retryBaseDelayMs?: number;
  /** The clock, for "dit jaar" and "vorige maand": the prompt states today's date. */
  today?: () => Date;
}


const LANGUAGE_NAMES: Bilingual = { nl: 'Nederlands', en: 'Engels' };

/**
 * The LLM mode: the model searches the knowledge base and runs data tools (several per turn if
 * needed), then writes an answer that the grounding guard checks. A rejected answer is sent back
 * once for repair; if that fails too, or the model is unavailable, the result is `ok: false` and
 * the caller answers offline.
 */
export function createLlmAnswerer(options: CreateLlmAnswererOptions): LlmAnswerer {
  const { model, tools, logger } = options;
  const timeBudgetMs = options.timeBudgetMs ?? 20_000;
  const maxToolRounds = options.maxToolRounds ?? 4;
  const searchTool = createSearchKnowledgeTool({ retriever: options.retriever, ...(options.searchLimit ? { limit: options.searchLimit } : {}) });
  if (typeof model.bindTools !== 'function') throw new TypeError('Het taalmodel ondersteunt geen tools (bindTools) / the chat model does not support tool calling');
  const boundModel: Runnable<BaseMessage[], BaseMessage> = model.bindTools([searchTool, ...tools].map((tool) => toFunctionToolDefinition(tool as AssistantTool)));

  return {
    async answer({ question, language, history = [] }) {
      const deadline = Date.now() + timeBudgetMs;
      const today = (options.today ?? (() => new Date()))();
      const date = today.toLocaleDateString('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
      const sources = new TurnSources();
      const toolCalls: ToolCall[] = [];
      const messages: BaseMessage[] = [
        new SystemMessage(renderPrompt({ prompt: options.prompt, variables: { taal: LANGUAGE_NAMES[language], datum: date } })),
        ...historyMessages(history),
        new HumanMessage(question),
      ];
      // Numbers the model may repeat without a source: the user's own, and today's date.
      const userTexts = [question, ...history.filter((turn) => turn.role === 'user').map((turn) => turn.content), date];
      let toolRounds = 0;
      let repairRequested = false;
      try {
        for (;;) {
          const reply: ModelReply = await invokeWithRetry({
            call: async (signal) => readModelReply(await boundModel.invoke(messages, { signal })),
            deadline,
            ...(logger ? { logger } : {}),
            ...(options.retryBaseDelayMs !== undefined ? { baseDelayMs: options.retryBaseDelayMs } : {}),
          });
          messages.push(reply.message);
          if (reply.toolCalls.length > 0) {
            toolRounds++;
            if (toolRounds > maxToolRounds + 1) {
              logger?.warn({ toolRounds }, 'llm kept calling tools');
              return { ok: false, reason: 'ungrounded', toolCalls };
            }
            const refuse = toolRounds > maxToolRounds;
            const sourceValues = sources.all.flatMap((source) => source.values);
            const ungroundedInputs = (args: unknown) => findUngroundedInputs({ args, userTexts, sourceValues });
            const outcomes = await Promise.all(reply.toolCalls.map((call) => executeToolCall({ call, searchTool, tools, deadline, refuse, ungroundedInputs })));
            for (const outcome of outcomes) {
              const presented = presentToolOutcome({ outcome, sources, language });
              messages.push(presented.message);
              toolCalls.push(presented.record);
            }
            logger?.debug({ round: toolRounds, tools: outcomes.map((outcome) => `${outcome.call.name}:${outcome.kind}`) }, 'llm tool round');
            continue;
          }
          const check = checkGrounding({ answer: reply.text, sources: sources.all, userTexts, language });
          if (check.ok) {
            const { answer, citations } = finalizeCitations({ answer: reply.text, cited: check.cited, sources: sources.all });
            logger?.debug({ toolRounds, repaired: repairRequested, sources: sources.all.length, cited: citations.length }, 'llm answer accepted');
            return { ok: true, answer, citations, toolCalls, abstained: check.abstained, repaired: repairRequested };
          }
          logger?.warn({ problems: check.problems, repairRequested }, 'llm answer failed the grounding check');
          if (repairRequested) return { ok: false, reason: 'ungrounded', toolCalls };
          repairRequested = true;
          messages.push(new HumanMessage(repairRequest({ prompt: options.repairPrompt, problems: check.problems, sources: sources.all })));
        }
      } catch (error) {
        if (ModelUnavailableError.isInstance(error)) return { ok: false, reason: error.reason, toolCalls };
        throw error;
      }
    },
  };
}
