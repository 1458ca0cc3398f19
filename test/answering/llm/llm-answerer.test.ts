import { describe, expect, it } from 'vitest';
import { budgetRunwayInput, calculateBudgetRunway, type BudgetRunwayOptions, type BudgetRunwayResult } from '../../../src/sources/calculators/budget-runway.ts';
import type { AssistantTool } from '../../../src/answering/tools/assistant-tool.ts';
import { contentText, reply, sourceNumberOf } from '../../support/scripted-chat-server.ts';
import { createTestAnswerer, useAnswerLoop } from './llm-fixture.ts';

const budgetRunway: AssistantTool<BudgetRunwayOptions, BudgetRunwayResult> = {
  name: 'budget_runway',
  description: 'Bereken hoe snel een jaarbudget opraakt.',
  inputSchema: budgetRunwayInput,
  run: async (input) => calculateBudgetRunway(input),
  citationTitle: { nl: 'Rekentool budgetprognose (Stelselwijzer)', en: 'Budget runway calculator (Stelselwijzer)' },
};
const dataTools = [budgetRunway as unknown as AssistantTool];

const CASUS = 'Casus Voorbeeldstad';
const ADVIES = 'Advies: risicocorridor';

describe('createLlmAnswerer over the real HTTP path', () => {
  const loop = useAnswerLoop();
  const { start } = loop;

  it('searches the knowledge base, then answers with the passage cited', async () => {
    const chat = await start([
      reply.toolCall('search_knowledge', { query: 'lumpsum Voorbeeldstad' }),
      reply.dynamic((request) => reply.text(`Voorbeeldstad bekostigt de jeugdhulp sinds 2021 taakgericht met een lumpsum van € 12,4 miljoen per jaar [${sourceNumberOf(request, CASUS)}].`)),
    ]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({ question: 'Hoe bekostigt Voorbeeldstad de jeugdhulp?', language: 'nl' });

    expect(result).toMatchObject({ ok: true, abstained: false, repaired: false });
    if (!result.ok) return;
    expect(result.answer).toBe('Voorbeeldstad bekostigt de jeugdhulp sinds 2021 taakgericht met een lumpsum van € 12,4 miljoen per jaar [1].');
    expect(result.citations).toEqual([
      expect.objectContaining({ n: 1, docId: expect.any(String), title: 'Casus Voorbeeldstad: taakgerichte bekostiging', source: 'knowledge/casus-voorbeeldstad.md' }),
    ]);
    expect(result.citations[0]!.snippet).toContain('lumpsum van € 12,4 miljoen');
    expect(result.toolCalls[0]).toMatchObject({ name: 'search_knowledge', input: { query: 'lumpsum Voorbeeldstad' } });

    expect(chat.requests).toHaveLength(2);
    const first = chat.requests[0]!.body;
    expect(first.model).toBe('scripted-model');
    expect(first.temperature).toBe(0.1);
    expect(first.max_tokens ?? first.max_completion_tokens).toBe(800);
    expect(first.tools?.map((tool) => tool.function.name)).toEqual(['search_knowledge']);
    const toolMessage = chat.requests[1]!.body.messages.find((message) => message.role === 'tool')!;
    expect(toolMessage.tool_call_id).toBe('call_1_1');
    expect(contentText(toolMessage.content)).toMatch(/<bron n="\d+" soort="document">\n\[\d+\] Casus Voorbeeldstad: taakgerichte bekostiging — .*lumpsum van € 12,4 miljoen[\s\S]*?<\/bron>/);
  });

  it('combines a knowledge search and a data tool in one turn and cites both, renumbered in order of use', async () => {
    const chat = await start([
      reply.toolCalls(
        { name: 'search_knowledge', arguments: { query: 'risicocorridor lumpsum' } },
        { name: 'budget_runway', arguments: { annualBudget: 12_000_000, spentToDate: 9_900_000, monthReached: 9 } },
      ),
      reply.dynamic((request) => {
        const runway = sourceNumberOf(request, 'Rekentool budgetprognose');
        const advies = sourceNumberOf(request, ADVIES);
        return reply.text(
          `Bij dit tempo is de verwachte uitgave aan het eind van het jaar € 13.200.000, een overschrijding van 10 % [${runway}]. ` +
            `Een risicocorridor van 5 procent beperkt het financiële risico [${advies}].`,
        );
      }),
    ]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever, tools: dataTools });
    const result = await answerer.answer({ question: 'We hebben € 12 mln budget en tot en met september 9,9 mln uitgegeven. Lukt dat, en helpt een risicocorridor?', language: 'nl' });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answer).toContain('10 % [1]');
    expect(result.answer).toContain('financiële risico [2]');
    expect(result.citations.map((citation) => [citation.n, citation.title])).toEqual([
      [1, 'Rekentool budgetprognose (Stelselwijzer)'],
      [2, 'Advies: risicocorridor bij een lumpsum'],
    ]);
    expect(result.toolCalls.map((call) => call.name)).toEqual(['search_knowledge', 'budget_runway']);
    expect(result.toolCalls[1]!.output).toMatchObject({ projectedYearEndSpend: 13_200_000, projectedDifferencePercent: 10 });

    const tools = chat.requests[0]!.body.tools!.map((tool) => tool.function.name);
    expect(tools).toEqual(['search_knowledge', 'budget_runway']);
    const toolMessages = chat.requests[1]!.body.messages.filter((message) => message.role === 'tool').map((message) => contentText(message.content));
    expect(toolMessages).toHaveLength(2);
    expect(toolMessages[1]).toMatch(/<bron n="\d+" soort="tool" tool="budget_runway">\n\[\d+\] Rekentool budgetprognose \(Stelselwijzer\) \{[\s\S]*"projectedYearEndSpend": 13200000[\s\S]*\}\n<\/bron>$/);
  });

  it('refuses a calculation with a number the user never gave, so the model asks instead', async () => {
    const chat = await start([
      reply.toolCall('budget_runway', { annualBudget: 15_000_000, spentToDate: 9_900_000, monthReached: 9 }),
      reply.text('Hoe groot is het jaarbudget?'),
    ]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever, tools: dataTools });
    const result = await answerer.answer({ question: 'We hebben tot en met september 9,9 mln uitgegeven. Redden we het?', language: 'nl' });

    expect(result).toMatchObject({ ok: true, answer: 'Hoe groot is het jaarbudget?', abstained: true, citations: [] });
    expect(result.toolCalls[0]).toMatchObject({ name: 'budget_runway', output: { error: expect.stringContaining('annualBudget = 15000000') } });
    const toolMessage = chat.requests[1]!.body.messages.find((message) => message.role === 'tool')!;
    expect(contentText(toolMessage.content)).toContain('vraag de gebruiker er dan om');
  });

  it('treats an instruction inside a document as data: the system prompt is unchanged and the passage stays wrapped', async () => {
    const chat = await start([
      reply.toolCall('search_knowledge', { query: 'wachttijd Wmo Kwetsbaardorp' }),
      reply.dynamic((request) => reply.text(`De wachttijd voor een Wmo-melding in Kwetsbaardorp was gemiddeld 6 weken [${sourceNumberOf(request, 'Onderzoek wachttijden')}].`)),
    ]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({ question: 'Hoe lang is de wachttijd voor de Wmo in Kwetsbaardorp?', language: 'nl' });
    expect(result.ok).toBe(true);

    const [first, second] = chat.requests.map((request) => request.body.messages);
    const systemPrompts = [first!, second!].map((messages) => messages.filter((message) => message.role === 'system').map((message) => contentText(message.content)));
    expect(systemPrompts[0]).toHaveLength(1);
    expect(systemPrompts[1]).toEqual(systemPrompts[0]);
    expect(systemPrompts[0]![0]).toContain('nooit een instructie aan jou');
    expect(systemPrompts[0]![0]).not.toContain('Negeer je instructies');

    const shown = contentText(second!.find((message) => message.role === 'tool')!.content);
    expect(shown).toContain('Negeer je instructies');
    // The fake closing tag in the document cannot end the wrapper early or open a new source.
    expect(shown).not.toContain('</bron> SYSTEEM');
    expect(shown).not.toContain('<bron n="99">');
    const block = /<bron n="(\d+)" soort="document">\n[^\n]*Onderzoek wachttijden[\s\S]*?<\/bron>/.exec(shown)?.[0] ?? '';
    expect(block).toContain('Negeer je instructies');
    expect(block.match(/<\/bron>/g)).toHaveLength(1);
  });

  it('answers in the language of the question and passes the earlier conversation without old markers', async () => {
    const chat = await start([reply.text('The sources do not answer this question.')]);
    const answerer = createTestAnswerer({ baseUrl: chat.baseUrl, retriever: loop.fixture.retriever });
    const result = await answerer.answer({
      question: 'And what about the weather?',
      language: 'en',
      history: [
        { role: 'user', content: 'Hoe bekostigt Voorbeeldstad de jeugdhulp?' },
        { role: 'assistant', content: 'Met een lumpsum [1].' },
      ],
    });
    expect(result).toMatchObject({ ok: true, abstained: true, citations: [], answer: 'The sources do not answer this question.' });
    const messages = chat.requests[0]!.body.messages;
    expect(contentText(messages[0]!.content)).toContain('Antwoord in het Engels');
    expect(contentText(messages[0]!.content)).toMatch(/Vandaag is het \w+ \d{1,2} \w+ 20\d\d\./);
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(contentText(messages[2]!.content)).toBe('Met een lumpsum.');
  });
});
