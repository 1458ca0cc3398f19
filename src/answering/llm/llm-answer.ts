import type { Citation, ToolCall } from '../../assistant/answer.ts';

export type LlmFailureReason = 'model-unavailable' | 'ungrounded' | 'timeout';

/**
 * The result of the LLM mode for one question. `ok: true`: Markdown with `[n]` markers, numbered
 * 1..k in order of first use, each naming one of `citations`. `ok: false`: the caller answers
 * offline and says why (`reason`).
 */
export type LlmAnswer =
  | {
      ok: true;
      answer: string;
      citations: Citation[];
      toolCalls: ToolCall[];
      /** True when the model said the sources do not answer (no citations, no numbers). */
      abstained: boolean;
      /** True when the first answer was rejected by the grounding guard and the repaired one accepted. */
      repaired: boolean;
    }
  | { ok: false; reason: LlmFailureReason; toolCalls: ToolCall[] };

export interface ConversationTurn {
  role: 'user' | 'assistant';
  content: string;
}
