import type { RetrievedPassage } from '../../sources/knowledge/index.ts';
import type { CandidateSentence } from './passage-analysis.ts';

/** A candidate sentence scored against one question. */
export interface ScoredSentence {
  candidate: CandidateSentence;
  passage: RetrievedPassage;
  passageRank: number;
  /** Its rank score: relevance with the bonuses for the kind of answer asked for. */
  score: number;
  /** Its relevance to the question alone (matched terms, rank, length), without those bonuses. */
  relevance: number;
  /** Whether it holds the kind of thing the question asks for (a number, a year, a reason). */
  hasAnswerType: boolean;
  /** It gives the very thing asked for: the count of what a how-many question counts, the name of what a which-question asks for. */
  givesAskedThing?: boolean;
  /** For a question what something is: it defines that subject ("De Jeugdautoriteit is …"). */
  definesSubject?: boolean;
}
