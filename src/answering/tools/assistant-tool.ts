import type { z } from 'zod';

/**
 * A tool the assistant can run: a stable name, a Dutch description written for a language model,
 * the zod schema of its input (the same schema is used for LLM tool calling) and the function.
 * `run` validates its input itself; invalid input throws the core's own error
 * (InvalidInputError, RegistrationQueryError), never a bare ZodError.
 */
export interface AssistantTool<I = unknown, O = unknown> {
  name: string;
  /** Dutch, for a language model choosing the tool. */
  description: string;
  inputSchema: z.ZodType<I>;
  run(input: I): Promise<O>;
  /** What to cite for an output that names no source of its own (a calculator: the calculator itself). */
  citationTitle?: { nl: string; en: string };
}
