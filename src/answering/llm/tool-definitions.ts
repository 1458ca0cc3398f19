import { z } from 'zod';
import type { AssistantTool } from '../tools/index.ts';

/** An OpenAI function tool definition, as `bindTools` accepts it. */
export interface FunctionToolDefinition {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/** The tool as the model sees it: its name, Dutch description and the JSON Schema of its input. */
export function toFunctionToolDefinition(tool: AssistantTool): FunctionToolDefinition {
  const { $schema: _ignored, ...parameters } = z.toJSONSchema(tool.inputSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { type: 'function', function: { name: tool.name, description: tool.description, parameters } };
}
