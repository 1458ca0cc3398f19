import type { Language, ToolCall } from '../../../assistant/index.ts';
import type { QueryIndicatorResult } from '../../../sources/cbs/index.ts';
import type { QueryIndicatorInput } from '../../../sources/cbs/index.ts';
import type { Period } from '../../../lib/dutch/index.ts';
import { resolveAgainstAvailable } from '../../../lib/dutch/index.ts';
import type { AssistantTool } from '../../tools/index.ts';
import type { ToolRun } from '../tools/data-tool.ts';
import { inLanguage } from '../../../lib/index.ts';

/**
 * Runs query_indicator; when CBS has no figures for (some of) the years asked, runs it once more
 * for the years that do exist (the latest year for "dit jaar", the last N years for "de laatste N
 * jaar") and returns the note saying so. Both calls are recorded.
 */
export async function runIndicatorWithFallback(options: {
  tool: AssistantTool<QueryIndicatorInput, QueryIndicatorResult>;
  input: QueryIndicatorInput;
  period: Period | undefined;
  toolCalls: ToolCall[];
  language: Language;
}): Promise<{ run: ToolRun<'query_indicator', QueryIndicatorInput, QueryIndicatorResult>; periodNote?: string }> {
  const { tool, input, toolCalls } = options;
  const first = await tool.run(input);
  toolCalls.push({ name: tool.name, input, output: first });
  if (first.missingYears.length === 0 || !options.period || first.availableYears.length === 0) {
    return { run: { tool: 'query_indicator', input, output: first } };
  }
  const resolved = resolveAgainstAvailable({ period: { ...options.period, years: input.years }, availableYears: first.availableYears });
  const queried = [...new Set(first.rows.map((row) => row.year))].sort((a, b) => a - b);
  const note = inLanguage({ nl: resolved.note, en: resolved.noteEn }, options.language) ?? undefined;
  if (resolved.years.length === 0 || sameYears(resolved.years, queried)) {
    return { run: { tool: 'query_indicator', input, output: first }, ...(note ? { periodNote: note } : {}) };
  }
  const retryInput: QueryIndicatorInput = { ...input, years: resolved.years };
  const second = await tool.run(retryInput);
  toolCalls.push({ name: tool.name, input: retryInput, output: second });
  return { run: { tool: 'query_indicator', input: retryInput, output: second }, ...(note ? { periodNote: note } : {}) };
}

function sameYears(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((year, index) => year === b[index]);
}
