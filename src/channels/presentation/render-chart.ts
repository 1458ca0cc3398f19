import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { ChartSpec } from '../../assistant/index.ts';
import { CHART_FONT_FAMILY, chartFontFiles } from './chart-font.ts';
import { useChartFontMetrics } from './chart-text-metrics.ts';
import { chartToVegaLite } from './chart-vega-lite-spec.ts';
import { encodePalettePng } from './palette-png.ts';

export const DEFAULT_CHART_WIDTH = 600;
export const DEFAULT_CHART_HEIGHT = 360;

export interface RenderChartOptions {
  chart: ChartSpec;
  /** Width of the PNG in pixels; 600 unless told. */
  width?: number;
  /** Height of the PNG in pixels; 360 unless told. */
  height?: number;
}

/**
 * Renders a chart to a PNG of exactly `width` × `height` pixels, without a browser and without
 * network access: Vega-Lite → Vega → SVG, drawn by resvg with the bundled font.
 */
export async function renderChartPng({ chart, width = DEFAULT_CHART_WIDTH, height = DEFAULT_CHART_HEIGHT }: RenderChartOptions): Promise<Buffer> {
  const svg = await renderChartSvg({ chart, width, height });
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
  });
  const rendered = resvg.render();
  return encodePalettePng({ width: rendered.width, height: rendered.height, pixels: rendered.pixels });
}

/** The chart as an SVG document sized `width` × `height`. */
export async function renderChartSvg({ chart, width = DEFAULT_CHART_WIDTH, height = DEFAULT_CHART_HEIGHT }: RenderChartOptions): Promise<string> {
  useChartFontMetrics();
  const { spec } = compile(chartToVegaLite(chart, { width, height }));
  // A loader that refuses everything: a chart is drawn from its inline data only.
  const view = new View(parse(spec), { renderer: 'none', loader: noNetworkLoader });
  try {
    const svg = await view.toSVG();
    return fixSvgSize(svg, width, height);
  } finally {
    view.finalize();
  }
}

const noNetworkLoader = {
  load: () => Promise.reject(new Error('Charts are drawn from inline data only')),
  sanitize: () => Promise.reject(new Error('Charts are drawn from inline data only')),
  http: () => Promise.reject(new Error('Charts are drawn from inline data only')),
  file: () => Promise.reject(new Error('Charts are drawn from inline data only')),
};

/** Sets the outer size of the SVG to exactly the requested size, whatever Vega's autosize made of it. */
function fixSvgSize(svg: string, width: number, height: number): string {
  return svg.replace(/^<svg([^>]*?)\swidth="[^"]*"\sheight="[^"]*"/, `<svg$1 width="${width}" height="${height}"`);
}
