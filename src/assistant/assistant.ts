import { resolveFollowUp } from './resolve-follow-up.ts';
import type { Retriever } from '../sources/knowledge/index.ts';
import type { RetrievalFilter } from '../sources/knowledge/index.ts';
import type { Answer, Language } from './answer.ts';
import { EXAMPLE_QUESTIONS, HELP_TEXT, isGreeting, isHelpRequest, isResetRequest, isThanks, RESET_TEXT, smallTalkLanguage, THANKS_TEXT, WELCOME_TEXT } from './assistant-texts.ts';
import { emptyConversation, rememberTurn, type ConversationContext } from './conversation-context.ts';
import { detectLanguage } from '../lib/dutch/index.ts';
import { documentFigureLabel, figureFromDocuments } from './document-figure.ts';
import type { AnswerComposer, DataAnswerer, LlmAnswerer } from './ports.ts';
import type { Bilingual } from '../lib/index.ts';

export interface AskOptions {
  question: string;
  filter?: RetrievalFilter;
  /** The conversation so far; follow-ups such as "en in Den Haag?" are read against it. */
  context?: ConversationContext;
}

/** The channel-agnostic assistant: a question in, an answer with citations, tool calls and timings out. */
export interface Assistant {
  ask(options: AskOptions): Promise<Answer>;
}

export interface AssistantOptions {
  retriever: Retriever;
  composer: AnswerComposer;
  /** Answers data and calculation questions with tools; without it every question is a knowledge question. */
  dataAnswerer?: DataAnswerer;
  /** LLM mode, when a model is configured: tool calling over the knowledge and the data tools, grounded. */
  llm?: LlmAnswerer;
  today?: () => Date;
}

export const MAX_QUESTION_LENGTH = 2000;
const PASSAGES_PER_ANSWER = 8;

const UNDERSTOOD_AS: Bilingual = { nl: 'Ik begrijp uw vraag als', en: 'I read your question as' };

/** Tools that look things up rather than produce figures. */
const KNOWLEDGE_TOOLS = new Set(['search_knowledge', 'gemeente_code']);

const LLM_FALLBACK_NOTE: Record<'unavailable' | 'ungrounded', Bilingual> = {
  unavailable: {
    nl: 'Het taalmodel is nu niet bereikbaar; dit antwoord is zonder taalmodel samengesteld uit de bronnen.',
    en: 'The language model is not reachable right now; this answer was composed from the sources without it.',
  },
  ungrounded: {
    nl: 'Het taalmodel gaf geen antwoord dat volledig door de bronnen wordt gedekt; dit antwoord is zonder taalmodel samengesteld uit de bronnen.',
    en: 'The language model did not give an answer fully supported by the sources; this answer was composed from the sources without it.',
  },
};

export function createAssistant(options: AssistantOptions): Assistant {
  const { retriever, composer, dataAnswerer, llm } = options;
  const today = options.today ?? (() => new Date());
  return {
    async ask({ question: rawQuestion, filter, context = emptyConversation() }) {
      const started = performance.now();
      const question = normaliseQuestion(rawQuestion);
      const language = detectLanguage({ text: question });
      const base = { question, language, mode: 'offline' as const, toolCalls: [], citations: [], abstained: false };
      if (isResetRequest(question)) {
        return { ...base, intent: 'help', answer: RESET_TEXT[language], timings: { totalMs: elapsed(started) }, suggestions: EXAMPLE_QUESTIONS[language], context: emptyConversation() };
      }
      const thanks = isThanks(question);
      if (thanks || isGreeting(question)) {
        const spoken = smallTalkLanguage(question, language);
        const answer = thanks ? THANKS_TEXT[spoken] : withExampleQuestions(WELCOME_TEXT[spoken], spoken);
        return { ...base, language: spoken, intent: 'help', answer, timings: { totalMs: elapsed(started) }, suggestions: thanks ? [] : EXAMPLE_QUESTIONS[spoken], context };
      }
      if (question === '' || isHelpRequest(question)) {
        const answer = withExampleQuestions(HELP_TEXT[language], language);
        return { ...base, intent: 'help', answer, timings: { totalMs: elapsed(started) }, suggestions: EXAMPLE_QUESTIONS[language], context };
      }
      const previous = context.turns.at(-1)?.question;
      const resolved = resolveFollowUp({ question, previous, today: today() });
      const understood = resolved.rewritten ? `_${UNDERSTOOD_AS[language]}: ${resolved.question}_\n\n` : '';
      const asked = resolved.question;

      const data = await dataAnswerer?.answer({ question: asked, language });
      if (data) {
        const fromDocuments = data.figureMissing && data.intent === 'data' && data.citations.length === 0 ? await figureFromDocuments({ question: asked, language, filter, retriever, composer }) : undefined;
        const documentFigure = fromDocuments ? `\n\n${documentFigureLabel(fromDocuments.citations, language)}\n\n${fromDocuments.answer}` : '';
        return {
          ...base,
          intent: data.intent,
          answer: understood + data.answer + documentFigure,
          citations: fromDocuments ? fromDocuments.citations : data.citations,
          toolCalls: data.toolCalls,
          figures: data.figures,
          timings: { totalMs: elapsed(started) },
          suggestions: data.suggestions,
          context: rememberTurn(context, { question: asked, intent: data.intent, language }),
        };
      }

      const history = context.turns.map((turn) => ({ role: 'user' as const, content: turn.question }));
      const modelAnswer = await llm?.answer({ question: asked, language, history });
      if (modelAnswer?.ok) {
        const usedData = modelAnswer.toolCalls.some((call) => !KNOWLEDGE_TOOLS.has(call.name));
        return {
          ...base,
          mode: 'llm',
          intent: usedData ? 'data' : 'knowledge',
          answer: understood + modelAnswer.answer,
          citations: modelAnswer.citations,
          toolCalls: modelAnswer.toolCalls,
          abstained: modelAnswer.abstained,
          timings: { totalMs: elapsed(started) },
          suggestions: modelAnswer.abstained ? EXAMPLE_QUESTIONS[language].slice(0, 3) : [],
          context: rememberTurn(context, { question: asked, intent: usedData ? 'data' : 'knowledge', language }),
        };
      }
      const fallbackNote = modelAnswer && !modelAnswer.ok ? `_${LLM_FALLBACK_NOTE[modelAnswer.reason === 'ungrounded' ? 'ungrounded' : 'unavailable'][language]}_\n\n` : '';

      const passages = await retriever.retrieve({ query: composer.searchQueryFor?.(asked, language) ?? asked, filter, limit: composer.passagesWanted?.(asked, language) ?? PASSAGES_PER_ANSWER, contextDocuments: composer.contextDocuments ?? 0, wholeDocuments: composer.wholeDocumentsFor?.(asked, language) ?? 0 });
      const retrievedAt = performance.now();
      const composed = composer.compose({ question: asked, language, passages });
      return {
        ...base,
        intent: 'knowledge',
        answer: fallbackNote + (composed.abstained ? composed.answer : understood + composed.answer),
        citations: composed.citations,
        abstained: composed.abstained,
        ...(composed.refusal ? { refusal: composed.refusal } : {}),
        timings: { totalMs: elapsed(started), retrievalMs: round(retrievedAt - started), composeMs: elapsed(retrievedAt) },
        suggestions: composed.abstained ? EXAMPLE_QUESTIONS[language].slice(0, 3) : composed.suggestions,
        context: rememberTurn(context, { question: asked, intent: 'knowledge', language }),
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

/** A help or welcome text followed by the example questions as a list. */
function withExampleQuestions(text: string, language: Language): string {
  return `${text}\n${EXAMPLE_QUESTIONS[language].map((q) => `- ${q}`).join('\n')}`;
}
