import { describe, expect, it } from 'vitest';
import { budgetRunwayTool, compareFinancingTool, residentialScenarioTool } from '../../../src/sources/calculators/calculator-tools.ts';
import { queryIndicatorInput } from '../../../src/sources/cbs/indicators/query-indicator-input.ts';
import { queryRegistrationsInput } from '../../../src/sources/registrations/query-registrations.ts';
import { createSearchKnowledgeTool } from '../../../src/answering/llm/search-knowledge-tool.ts';
import { toFunctionToolDefinition } from '../../../src/answering/llm/tool-definitions.ts';
import type { AssistantTool } from '../../../src/answering/tools/assistant-tool.ts';

const asTool = (name: string, inputSchema: AssistantTool['inputSchema']): AssistantTool => ({ name, description: `Tool ${name}`, inputSchema, run: async () => ({}) });

describe('toFunctionToolDefinition', () => {
  it('turns the zod input schemas of the real tools into JSON Schema objects for the model', () => {
    const tools = [
      asTool('query_indicator', queryIndicatorInput),
      asTool('query_registrations', queryRegistrationsInput),
      asTool('compare_financing', compareFinancingTool.inputSchema),
      asTool('budget_runway', budgetRunwayTool.inputSchema),
      asTool('residential_scenario', residentialScenarioTool.inputSchema),
    ];
    for (const tool of tools) {
      const definition = toFunctionToolDefinition(tool);
      expect(definition).toMatchObject({ type: 'function', function: { name: tool.name, parameters: { type: 'object' } } });
      expect(definition.function.parameters).not.toHaveProperty('$schema');
    }
  });

  it('describes search_knowledge with its query and filters', () => {
    const tool = createSearchKnowledgeTool({ retriever: { retrieve: async () => [] } });
    const { parameters } = toFunctionToolDefinition(tool as unknown as AssistantTool).function;
    expect(parameters).toMatchObject({ required: ['query'], properties: { query: { type: 'string' }, filters: { type: 'object' } } });
    expect(JSON.stringify(parameters)).toContain('"casus"');
  });
});
