import type { AnswerComposer } from '../compose/answer-composer.ts';
import type { Retriever } from '../knowledge/retrieval/hybrid-retriever.ts';
import type { RetrievalFilter } from '../knowledge/retrieval/retrieval-filter.ts';
import type { Answer } from './answer.ts';
import { EXAMPLE_QUESTIONS, HELP_TEXT, isHelpRequest } from './assistant-texts.ts';
import { detectLanguage } from './detect-language.ts';

export interface AskOptions {
  question: string;
  filter?: RetrievalFilter;
}

/** The channel-agnostic assistant: a question in, an answer with citations, tool calls and timings out. */
export interface Assistant {
  ask(options: AskOptions): Promise<Answer>;
}

export const MAX_QUESTION_LENGTH = 2000;
const PASSAGES_PER_ANSWER = 8;

export function createAssistant(options: { retriever: Retriever; composer: AnswerComposer }): Assistant {
  const { retriever, composer } = options;
  return {
    async ask({ question: rawQuestion, filter }) {
      const started = performance.now();
      const question = normaliseQuestion(rawQuestion);
      const language = detectLanguage(question);
      if (isHelpRequest(question)) {
        const answer = `${HELP_TEXT[language]}\n${EXAMPLE_QUESTIONS[language].map((q) => `- ${q}`).join('\n')}`;
        return { question, language, mode: 'offline', intent: 'help', answer, citations: [], toolCalls: [], abstained: false, timings: { totalMs: elapsed(started) }, suggestions: EXAMPLE_QUESTIONS[language] };
      }
      const passages = await retriever.retrieve({ query: question, filter, limit: PASSAGES_PER_ANSWER });
      const retrievedAt = performance.now();
      const composed = composer.compose({ question, language, passages });
      return {
        question,
        language,
        mode: 'offline',
        intent: 'knowledge',
        answer: composed.answer,
        citations: composed.citations,
        toolCalls: [],
        abstained: composed.abstained,
        timings: { totalMs: elapsed(started), retrievalMs: round(retrievedAt - started), composeMs: elapsed(retrievedAt) },
        suggestions: composed.abstained ? EXAMPLE_QUESTIONS[language].slice(0, 3) : [],
      };
    },
  };
}

/** Removes control characters and excess whitespace, and caps the length. */
export function normaliseQuestion(question: string): string {
  return question
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_LENGTH);
}

function elapsed(since: number): number {
  return round(performance.now() - since);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
