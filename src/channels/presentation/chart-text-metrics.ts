import * as vega from 'vega';
import { chartFontFiles } from './chart-font.ts';
import { loadTextMeasurer, type TextMeasurer } from './ttf-advance-widths.ts';

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

interface VegaTextMetrics {
  width: (item: TextItem, text: string) => number;
}

let installed = false;
let measurers: { regular: TextMeasurer; semibold: TextMeasurer; bold: TextMeasurer } | undefined;

function fontMeasurers(): { regular: TextMeasurer; semibold: TextMeasurer; bold: TextMeasurer } {
  if (!measurers) {
    const [regular = '', semibold = '', bold = ''] = chartFontFiles();
    measurers = { regular: loadTextMeasurer(regular), semibold: loadTextMeasurer(semibold), bold: loadTextMeasurer(bold) };
  }
  return measurers;
}

/** Width in pixels of `text` in the chart font. */
export function chartTextWidth(text: string, fontSize: number, fontWeight?: string | number): number {
  const { regular, semibold, bold } = fontMeasurers();
  const numeric = fontWeight === 'bold' ? 700 : fontWeight === 'normal' || fontWeight === undefined ? 400 : Number(fontWeight);
  return (numeric >= 700 ? bold : numeric >= 600 ? semibold : regular).width(text, fontSize);
}

/**
 * Lets Vega lay out text with the real widths of the bundled font instead of its rough estimate
 * (0.8 em per character), so labels are not cut short and legends are not spaced too wide.
 * Vega supports replacing `textMetrics.width` for renderers without a canvas; this is process-wide.
 */
export function useChartFontMetrics(): void {
  if (installed) return;
  const metrics = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;
  metrics.width = (item, text) => {
    const value = text == null ? '' : String(text).trim();
    const width = chartTextWidth(value, item.fontSize ?? 11, item.fontWeight);
    const limit = item.limit ?? 0;
    return limit > 0 && width > limit ? limit : width;
  };
  installed = true;
}
