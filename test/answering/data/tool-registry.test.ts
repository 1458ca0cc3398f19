import { describe, expect, it, vi } from 'vitest';
import type { CbsClient } from '../../../src/sources/cbs/cbs-client.ts';
import { isAssistantToolName, TOOL_MODULES, toolModule, type AssistantToolName } from '../../../src/answering/data/tool-registry.ts';
import { routeDataQuestion } from '../../../src/answering/data/route-data-question.ts';
import { createAssistantTools, listAssistantTools } from '../../../src/answering/data/tools/create-assistant-tools.ts';
import { toFunctionToolDefinition } from '../../../src/answering/llm/tool-definitions.ts';
import { catalogue, openSampleRegistration, TODAY, today } from './support/data-answer-fixture.ts';

/** A question each registered tool answers; a tool added to the registry needs one here. */
const QUESTION_FOR: Record<AssistantToolName, string> = {
  budget_runway: 'Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven — wanneer is het op?',
  residential_scenario: 'Als we 10 residentiële plaatsingen minder hebben à € 120.000 per jaar en 60% gaat naar ambulant à € 15.000, wat besparen we?',
  compare_financing: 'Wat kost P maal Q over 4 jaar met P € 95 per uur en Q 120.000 uur, vergeleken met een lumpsum van 11,5 miljoen?',
  query_registrations: 'Hoeveel residentiële plaatsingen hadden we dit jaar?',
  query_indicator: 'Hoeveel inwoners had Utrecht op 1 januari 2023?',
};

const registeredNames = TOOL_MODULES.map((module) => module.name);
const unusedCbs = new Proxy({}, { get: () => () => { throw new Error('building the tools does not ask CBS'); } }) as CbsClient;

describe('the tool registry is the one list of data tools', () => {
  it('names each tool once, and the CLI accepts exactly those names', () => {
    expect(new Set(registeredNames).size).toBe(registeredNames.length);
    expect(Object.keys(QUESTION_FOR).sort()).toEqual([...registeredNames].sort());
    for (const name of registeredNames) expect(isAssistantToolName(name)).toBe(true);
    expect(isAssistantToolName('search_knowledge')).toBe(false);
  });

  it('offers every registered tool to the model, in registry order, under its own name and with a JSON Schema', () => {
    const store = openSampleRegistration();
    try {
      const offered = listAssistantTools(createAssistantTools({ cbs: unusedCbs, catalogue, registrations: store.reader, today }));
      expect(offered.map((tool) => tool.name)).toEqual(registeredNames);
      for (const tool of offered) expect(toFunctionToolDefinition(tool).function).toMatchObject({ name: tool.name, parameters: { type: 'object' } });
    } finally {
      store.close();
    }
  });

  it.each(registeredNames)('%s is reached by the router and has a data tool for the offline answer', (name) => {
    const route = routeDataQuestion({ question: QUESTION_FOR[name], language: 'nl', today: TODAY, catalogue });
    expect(route).toMatchObject({ kind: 'tool', tool: name });
    const dataTool = toolModule(name).dataTool;
    expect(['data', 'calculation']).toContain(dataTool.intent);
    expect(typeof dataTool.run).toBe('function');
    expect(typeof dataTool.compose).toBe('function');
  });

  it('asks the tools in registry order, each once', () => {
    const spies = TOOL_MODULES.map((module) => vi.spyOn(module, 'route'));
    try {
      expect(routeDataQuestion({ question: 'Hoeveel inwoners had Utrecht op 1 januari 2023?', language: 'nl', today: TODAY, catalogue })).toMatchObject({ tool: 'query_indicator' });
      const order = spies.map((spy) => spy.mock.invocationCallOrder);
      expect(order.every((calls) => calls.length === 1)).toBe(true);
      expect(order.flat()).toEqual([...order.flat()].sort((a, b) => a - b));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
