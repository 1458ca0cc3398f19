import type { Citation, Language } from '../../assistant/answer.ts';
import type { RetrievedPassage } from '../../sources/knowledge/retrieval/hybrid-retriever.ts';

export interface ComposedAnswer {
  answer: string;
  citations: Citation[];
  abstained: boolean;
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
}
