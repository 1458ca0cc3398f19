import type { Attachment } from '@microsoft/agents-activity';
import type { Answer } from '../../core/answer.ts';
import { renderChartPng } from '../../presentation/render-chart.ts';
import { figureCard } from './figure-card.ts';

/** The answer's tables and charts as Adaptive Cards, charts rendered to PNG on the server. */
export async function figureAttachments(answer: Answer): Promise<Attachment[]> {
  return Promise.all(
    (answer.figures ?? []).map(async (figure) =>
      figureCard({ figure, language: answer.language, png: figure.chart ? await renderChartPng({ chart: figure.chart }) : undefined }),
    ),
  );
}
