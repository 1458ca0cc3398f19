import type { Attachment } from '@microsoft/agents-activity';
import type { Answer, ChartSpec } from '../../assistant/index.ts';
import { memoizeRecent } from '../../lib/index.ts';
import { renderChartPng } from '../presentation/index.ts';
import { figureCard } from './figure-card.ts';

/** Rendering a chart takes tens of milliseconds; the same chart (same data) gives the same PNG. */
const cachedChartPng = memoizeRecent(
  (chart: ChartSpec): Promise<Buffer> => {
    const png = renderChartPng({ chart });
    png.catch(() => cachedChartPng.forget(chart));
    return png;
  },
  { maxEntries: 100, key: (chart) => JSON.stringify(chart) },
);

/** The answer's tables and charts as Adaptive Cards, charts rendered to PNG on the server. */
export async function figureAttachments(answer: Answer): Promise<Attachment[]> {
  return Promise.all(
    (answer.figures ?? []).map(async (figure) =>
      await figureCard({ figure, language: answer.language, png: figure.chart ? await cachedChartPng(figure.chart) : undefined }),
    ),
  );
}
