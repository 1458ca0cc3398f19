/** An answer as it was sent, so that feedback on it can be stored with the question and the answer. */
export interface AnsweredTurn {
  conversationId: string;
  /** The id of the sent answer activity; feedback names it as `replyToId`. */
  activityId: string;
  question: string;
  answer: string;
  mode: string;
  citations: string[];
}

export interface FeedbackRecord {
  conversationId: string;
  activityId: string;
  reaction: 'like' | 'dislike';
  comment?: string;
  question?: string;
  answer?: string;
  createdAt: string;
}

/** Durable storage of answers and the feedback on them. Texts are stored with personal data masked. */
export interface FeedbackStore {
  recordAnswer(turn: AnsweredTurn): Promise<void>;
  recordFeedback(feedback: { conversationId: string; activityId: string; reaction: 'like' | 'dislike'; comment?: string }): Promise<FeedbackRecord>;
  listFeedback(): Promise<FeedbackRecord[]>;
  /** The id of the latest answer recorded in a conversation. */
  latestAnswerId(conversationId: string): Promise<string | undefined>;
  close(): void;
}
