/**
 * The ports of the assistant: what it needs from the answering layer, named here so that the
 * assistant imports nothing from answering/ (answering/ implements these; app/ wires them).
 */
import type { RetrievedPassage } from '../sources/knowledge/index.ts';
import type { Citation, Figure, Language, RefusalReason, ToolCall } from './answer.ts';

// The knowledge answerer: the offline, extractive composer.

export interface ComposedAnswer {
  answer: string;
  citations: Citation[];
  abstained: boolean;
  /** Why the composer refused, when it did: for logs and evaluation, never shown to the user. */
  refusal?: RefusalReason;
  /** Follow-up questions the user may want to ask next. */
  suggestions: string[];
}

export interface ComposeOptions {
  question: string;
  language: Language;
  passages: RetrievedPassage[];
  /**
   * Only a figure: the answer is the sentence (and at most one more) that gives the number asked
   * for, or a refusal when no passage gives one. For number questions a data tool could not answer.
   */
  figuresOnly?: boolean;
}

/** Turns retrieved passages into a cited answer. */
export interface AnswerComposer {
  compose(options: ComposeOptions): ComposedAnswer;
  /** How many passages to retrieve for this question, when it needs more than usual (a list gathered from several documents). */
  passagesWanted?(question: string, language: Language): number | undefined;
  /** For the passages of this many best-ranked documents, it also wants the chunks right before and after them, as context. */
  readonly contextDocuments?: number;
  /** For this question, every chunk of this many best-ranked documents as context: its answer may stand in a section that shares no word with it. */
  wholeDocumentsFor?(question: string, language: Language): number | undefined;
  /** What to search for, when more than the question's own words find what answers it (the heading words of an asked group). */
  searchQueryFor?(question: string, language: Language): string;
}

// The data answerer: tools and calculators.

/** A data or calculation answer, ready to become the assistant's `Answer`. */
export interface DataAnswer {
  intent: 'data' | 'calculation';
  /** Markdown with [n] citation markers. */
  answer: string;
  citations: Citation[];
  figures: Figure[];
  suggestions: string[];
  toolCalls: ToolCall[];
  /**
   * Set when no tool gave the figure asked for: its source could not be reached, there is no such
   * indicator, or inputs are missing. The assistant may then look for the figure in the documents.
   */
  figureMissing?: true;
}

export interface DataAnswerer {
  /** undefined: not a data question; let the knowledge path answer it. */
  answer(options: { question: string; language: Language }): Promise<DataAnswer | undefined>;
}

// The LLM answerer: tool calling, grounded.

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

/** One message of the conversation as the language model sees it. */
export interface HistoryMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface LlmAnswerOptions {
  question: string;
  language: Language;
  /** Earlier messages of the conversation, oldest first. */
  history?: readonly HistoryMessage[];
}

export interface LlmAnswerer {
  answer(options: LlmAnswerOptions): Promise<LlmAnswer>;
}
