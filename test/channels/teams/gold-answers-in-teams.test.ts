import type { Activity, Attachment, ClientCitation } from '@microsoft/agents-activity';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerActivity } from '../../../src/channels/teams/answer-activity.ts';
import { CITATION_LIMITS } from '../../../src/channels/teams/client-citation.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../../../src/channels/teams/figure-card.ts';
import { figureAttachments } from '../../../src/channels/teams/figure-attachments.ts';
import { sourcesCard } from '../../../src/channels/teams/sources-card.ts';
import { welcomeActivity } from '../../../src/channels/teams/welcome-activity.ts';
import type { Answer } from '../../../src/assistant/answer.ts';
import { readGoldSet } from '../../eval/gold-set.ts';
import { adaptiveCardProblems } from '../../support/adaptive-card-problems.ts';
import { createTestStelselwijzer } from '../../support/knowledge-fixture.ts';

/** Data questions the bot answers from local data (voorbeeldregistratie, rekentool): they bring figure cards. */
const LOCAL_DATA_QUESTIONS = [
  'Hoeveel residentiële plaatsingen hadden we dit jaar?',
  'How many residential placements did we have this year?',
  'Ons jeugdbudget is 12 miljoen en tot en met september is 10,2 miljoen uitgegeven — wanneer is het op?',
];

interface Sent {
  question: string;
  activity: Activity;
  cards: Attachment[];
}

const citationsOf = (activity: Activity): ClientCitation[] =>
  (activity.entities ?? []).flatMap((entity) => ((entity as { citation?: ClientCitation[] }).citation ?? []));

/**
 * Every gold question through the bot's Teams builders, as `createTeamsAgent` sends them: the answer
 * message with its citations, the figure cards and the "Bronnen en werkwijze" card.
 */
describe('what the bot sends to Teams for every gold question', () => {
  const sent: Sent[] = [];
  let cleanup: (() => void) | undefined;

  beforeAll(async () => {
    // Nothing may reach CBS from a test: a question that would ask it gets a refused connection.
    vi.stubEnv('CBS_ODATA_V4_URL', 'http://127.0.0.1:9/v4');
    vi.stubEnv('CBS_ODATA_V3_URL', 'http://127.0.0.1:9/v3');
    const stelselwijzer = await createTestStelselwijzer();
    cleanup = () => {
      stelselwijzer.close();
      stelselwijzer.cleanup();
    };
    const questions = [...readGoldSet().map((gold) => gold.question), ...LOCAL_DATA_QUESTIONS];
    for (const question of questions) {
      const answer: Answer = await stelselwijzer.assistant.ask({ question });
      const sources = sourcesCard(answer);
      sent.push({ question, activity: answerActivity(answer), cards: [...(await figureAttachments(answer)), ...(sources ? [sources] : [])] });
    }
  }, 240_000);
  afterAll(() => {
    cleanup?.();
    vi.unstubAllEnvs();
  });

  it('answers every question and cites sources in most answers', () => {
    expect(sent.length).toBeGreaterThanOrEqual(80);
    expect(sent.filter((s) => citationsOf(s.activity).length > 0).length).toBeGreaterThan(sent.length / 2);
  });

  it('keeps every citation within the limits Teams documents, without file paths', () => {
    let checked = 0;
    for (const { question, activity } of sent) {
      for (const citation of citationsOf(activity)) {
        const { name, abstract, keywords = [] } = citation.appearance;
        const where = `${question} [${citation.position}]`;
        expect(name.length, where).toBeGreaterThan(0);
        expect(name.length, where).toBeLessThanOrEqual(CITATION_LIMITS.name);
        expect(abstract.length, where).toBeLessThanOrEqual(CITATION_LIMITS.abstract);
        expect(keywords.length, where).toBeLessThanOrEqual(CITATION_LIMITS.keywords);
        for (const keyword of keywords) {
          expect(keyword.length, where).toBeLessThanOrEqual(CITATION_LIMITS.keywordLength);
          expect(keyword, where).not.toMatch(/[/\\]|\.(md|pdf|docx|html?|txt)$/i);
        }
        expect(activity.text, where).toContain(`[${citation.position}]`);
        checked++;
      }
    }
    // Every answer that cites something had its citations checked (concise answers cite one or two documents).
    expect(checked).toBeGreaterThanOrEqual(sent.filter((s) => citationsOf(s.activity).length > 0).length);
    expect(checked).toBeGreaterThan(50);
  });

  it('marks every answer as AI-generated with the current feedback form', () => {
    for (const { question, activity } of sent) {
      expect(activity.entities?.some((e) => (e as { additionalType?: string[] }).additionalType?.includes('AIGeneratedContent')), question).toBe(true);
      expect(activity.channelData, question).toEqual({ feedbackLoop: { type: 'default' } });
      expect(activity.suggestedActions?.actions.length ?? 0, question).toBeLessThanOrEqual(3);
    }
  });

  it('sends only Adaptive Cards the adaptivecards library accepts, figure cards included', () => {
    const cards = [...sent.flatMap((s) => s.cards)];
    expect(cards.every((card) => card.contentType === ADAPTIVE_CARD_CONTENT_TYPE)).toBe(true);
    expect(cards.some((card) => JSON.stringify(card.content).includes('"type":"Table"') || JSON.stringify(card.content).includes('"type":"FactSet"'))).toBe(true);
    expect(cards.some((card) => JSON.stringify(card.content).includes('"type":"Image"'))).toBe(true);
    const problems = sent.flatMap(({ question, cards: own }) => own.flatMap((card) => adaptiveCardProblems(card.content).map((p) => `${question}: ${p}`)));
    expect(problems).toEqual([]);
  });

  it('sends a welcome with at most three suggestions', () => {
    for (const language of ['nl', 'en'] as const) expect(welcomeActivity(language).suggestedActions?.actions).toHaveLength(3);
  });
});

describe('adaptiveCardProblems', () => {
  it('fails a deliberately broken card, naming each problem', () => {
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Titel', size: 'Enormous' },
        { type: 'Chart.Pie' },
        { type: 'Container', id: 'werkwijze', items: [] },
        { type: 'Container', id: 'werkwijze', items: [] },
      ],
      actions: [{ type: 'Action.OpenUrl', title: 'Open' }],
    };
    expect(adaptiveCardProblems(broken)).toEqual([
      'Invalid value "Enormous" for property "size".',
      'Unknown element type "Chart.Pie". Fallback will be used if present.',
      'Duplicate Id "werkwijze".',
      'Property "url" must be set.',
    ]);
  });

  it('fails a figure card of the bot once broken', async () => {
    const figure = { citationN: 1, table: { title: 'Trajecten', columns: ['Gemeente', '2023', '2024'], rows: [['Texel', 10, 12]] } };
    const [card] = await figureAttachments({ figures: [figure], language: 'nl' } as unknown as Answer);
    const content = card!.content as { body: Record<string, unknown>[] };
    expect(adaptiveCardProblems(content)).toEqual([]);
    const table = content.body.find((element) => element.type === 'Table') as { columns: Record<string, unknown>[] };
    table.columns[0]!.horizontalCellContentAlignment = 'Middle';
    expect(adaptiveCardProblems(content)).toEqual(['Invalid value "Middle" for property "horizontalCellContentAlignment".']);
  });
});
