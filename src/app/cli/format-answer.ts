import type { Answer } from '../../assistant/index.ts';
import { formatTextTable } from '../../channels/presentation/index.ts';
import { inLanguage } from '../../lib/index.ts';

/** The answer for people: the text, then a numbered source list. */
export function formatAnswerForHumans(answer: Answer): string {
  const lines = [answer.answer];
  for (const figure of answer.figures ?? []) if (figure.table) lines.push('', formatTextTable(figure.table));
  if (answer.citations.length > 0) {
    lines.push('', inLanguage({ nl: 'Bronnen:', en: 'Sources:' }, answer.language));
    for (const c of answer.citations) lines.push(`[${c.n}] ${c.title} — ${c.source}${c.url ? ` (${c.url})` : ''}`);
  }
  return lines.join('\n');
}

/** The JSON contract of `ask --json`: one object per question. */
export function answerToJson(answer: Answer): Record<string, unknown> {
  const { question, language, mode, intent, citations, toolCalls, abstained, refusal, timings } = answer;
  return { question, language, mode, intent, answer: answer.answer, citations, toolCalls, abstained, ...(refusal ? { refusal } : {}), timings, suggestions: answer.suggestions, figures: answer.figures ?? [] };
}
