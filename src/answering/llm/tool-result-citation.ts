import type { Citation, Language } from '../../assistant/index.ts';
import type { AssistantTool } from '../tools/index.ts';

const SNIPPET_LENGTH = 300;

/**
 * The citation of a tool result, read from the source the output carries: a CBS indicator's
 * `source.citation` ("CBS StatLine 85099NED, 2023, opgehaald …") and `source.url`, a registration
 * figure's `source.label`, or the tool's own `citationTitle` (a calculator: the calculator itself).
 */
export function toolResultCitation(options: { tool: Pick<AssistantTool, 'name' | 'citationTitle'>; output: unknown; language: Language }): Omit<Citation, 'n'> {
  const { tool, output, language } = options;
  const toolName = tool.name;
  const source = isRecord(output) && isRecord(output.source) ? output.source : undefined;
  const snippet = snippetOf(output);
  if (source && typeof source.citation === 'string') {
    const table = typeof source.table === 'string' ? source.table : toolName;
    return {
      docId: `cbs:${table}`,
      title: source.citation,
      source: `cbs:${table}`,
      ...(typeof source.url === 'string' ? { url: source.url } : {}),
      snippet,
    };
  }
  if (source && isRecord(source.label)) {
    const label = source.label[language] ?? source.label.nl;
    if (typeof label === 'string') return { docId: `registratie:${toolName}`, title: label, source: 'registratie', snippet };
  }
  if (tool.citationTitle) return { docId: `rekentool:${toolName}`, title: tool.citationTitle[language], source: `rekentool:${toolName}`, snippet };
  return { docId: `tool:${toolName}`, title: `Tool ${toolName} (Stelselwijzer)`, source: `tool:${toolName}`, snippet };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The top-level figures of the output ("projectedYearEndSpend: 13200000; status: overspend"), shortened. */
function snippetOf(output: unknown): string {
  const fields = isRecord(output)
    ? Object.entries(output)
        .filter(([, value]) => ['number', 'string', 'boolean'].includes(typeof value))
        .map(([key, value]) => `${key}: ${String(value)}`)
        .join('; ')
    : '';
  const text = fields || (JSON.stringify(output) ?? '');
  return text.length <= SNIPPET_LENGTH ? text : `${text.slice(0, SNIPPET_LENGTH)}…`;
}
