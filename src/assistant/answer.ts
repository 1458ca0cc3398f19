import type { Language } from '../lib/index.ts';
import type { ConversationContext } from './conversation-context.ts';
import type { Intent } from './intent.ts';

export type { Language } from '../lib/index.ts';
export type { Intent } from './intent.ts';

/** `offline`: composed from retrieved passages without a model; `llm`: written by a language model. */
export type AnswerMode = 'offline' | 'llm';

/** A numbered source of an answer; `[n]` markers in the answer text refer to `n`. */
export interface Citation {
  n: number;
  docId: string;
  title: string;
  /** The document's path as ingested (e.g. `knowledge/casus-hollands-kroon.md`), or a data source id. */
  source: string;
  url?: string;
  /** The document's date (ISO date or year) when it gives one, so that a quoted figure shows its age. */
  date?: string;
  snippet: string;
}

/** A tool the assistant ran for the answer, with what went in and what came out. */
export interface ToolCall {
  name: string;
  input: unknown;
  output: unknown;
}

export interface AnswerTimings {
  totalMs: number;
  retrievalMs?: number;
  composeMs?: number;
}

/** A table of figures, as shown in Teams (Adaptive Card) and the CLI (text table). */
export interface DataTable {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
  /** Shown under the table, e.g. "Bron: CBS StatLine 85099NED, 2023 [1]". */
  note?: string;
}

/** A chart specification, rendered by the channel (Teams: PNG in an Adaptive Card). */
export interface ChartSpec {
  kind: 'bar' | 'line';
  title: string;
  xLabel?: string;
  yLabel?: string;
  series: { name: string; points: { x: string; y: number }[] }[];
}

/** Figures that belong to an answer, each tied to the citation of its source. */
export interface Figure {
  citationN: number;
  table?: DataTable;
  chart?: ChartSpec;
}

/**
 * Why an offline answer was refused: no passages; too many question words the corpus never uses;
 * a gemeente, name or year the sources do not mention; the passages cover too little of the
 * question; no sentence answers it; or the asked amount (of a gemeente) or count stands in none of them.
 */
export type RefusalReason = 'no-passages' | 'unknown-words' | 'gemeente-not-in-sources' | 'unknown-name' | 'unknown-year' | 'low-coverage' | 'no-answer-sentence' | 'amount-not-in-sources' | 'count-not-in-sources' | 'duration-not-in-sources';

/** The channel-agnostic result of one question. */
export interface Answer {
  question: string;
  language: Language;
  mode: AnswerMode;
  intent: Intent;
  /** Markdown with `[n]` citation markers. */
  answer: string;
  citations: Citation[];
  toolCalls: ToolCall[];
  abstained: boolean;
  /** Why an offline answer was refused, when it was: for logs and evaluation, never shown. */
  refusal?: RefusalReason;
  timings: AnswerTimings;
  /** Follow-up questions the user may want to ask next. */
  suggestions: string[];
  /** Tables and charts of data answers. */
  figures?: Figure[];
  /** The conversation including this turn, for the channel to keep and pass with the next question. */
  context?: ConversationContext;
}
