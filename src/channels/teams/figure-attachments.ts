import type { Attachment } from '@microsoft/agents-activity';
import type { Answer, ChartSpec } from '../../assistant/answer.ts';
import { renderChartPng } from '../presentation/render-chart.ts';
import { figureCard } from './figure-card.ts';

/** Rendering a chart takes tens of milliseconds; the same chart (same data) gives the same PNG. */
const CACHE_SIZE = 100;
const pngCache = new Map<string, Promise<Buffer>>();

function cachedChartPng(chart: ChartSpec): Promise<Buffer> {
  const key = JSON.stringify(chart);
  let png = pngCache.get(key);
  if (png) {
    pngCache.delete(key);
  } else {
    png = renderChartPng({ chart });
    png.catch(() => pngCache.delete(key));
  }
  pngCache.set(key, png);
  if (pngCache.size > CACHE_SIZE) pngCache.delete(pngCache.keys().next().value!);
  return png;
}

/** The answer's tables and charts as Adaptive Cards, charts rendered to PNG on the server. */
export async function figureAttachments(answer: Answer): Promise<Attachment[]> {
  return Promise.all(
    (answer.figures ?? []).map(async (figure) =>
      await figureCard({ figure, language: answer.language, png: figure.chart ? await cachedChartPng(figure.chart) : undefined }),
    ),
  );
}
