import type { Citation, Language } from '../core/answer.ts';
import type { RetrievedPassage } from '../knowledge/retrieval/hybrid-retriever.ts';

export interface ComposedAnswer {
  answer: string;
  citations: Citation[];
  abstained: boolean;
  /** Follow-up questions the user may want to ask next. */
  suggestions: string[];
}

/** Turns retrieved passages into a cited answer. */
export interface AnswerComposer {
  compose(options: { question: string; language: Language; passages: RetrievedPassage[] }): ComposedAnswer;
}
