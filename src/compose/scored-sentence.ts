import type { RetrievedPassage } from '../knowledge/retrieval/hybrid-retriever.ts';
import type { CandidateSentence } from './passage-analysis.ts';

/** A candidate sentence scored against one question. */
export interface ScoredSentence {
  candidate: CandidateSentence;
  passage: RetrievedPassage;
  passageRank: number;
  score: number;
  /** Whether it holds the kind of thing the question asks for (a number, a year, a reason). */
  hasAnswerType: boolean;
}
