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

/**
 * Lets Vega lay out text with the real widths of the bundled font instead of its rough estimate
 * (0.8 em per character), so labels are not cut short and legends are not spaced too wide.
 * Vega supports replacing `textMetrics.width` for renderers without a canvas; this is process-wide.
 */
export function useChartFontMetrics(): void {
  if (installed) return;
  const [regularPath, semiboldPath, boldPath] = chartFontFiles();
  const regular = loadTextMeasurer(regularPath ?? '');
  const semibold = loadTextMeasurer(semiboldPath ?? '');
  const bold = loadTextMeasurer(boldPath ?? '');
  const measurerFor = (weight: string | number | undefined): TextMeasurer => {
    const numeric = weight === 'bold' ? 700 : weight === 'normal' || weight === undefined ? 400 : Number(weight);
    return numeric >= 700 ? bold : numeric >= 600 ? semibold : regular;
  };
  const metrics = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;
  metrics.width = (item, text) => {
    const value = text == null ? '' : String(text).trim();
    const fontSize = item.fontSize ?? 11;
    const measurer = measurerFor(item.fontWeight);
    const limit = item.limit ?? 0;
    if (limit > 0 && measurer.width(value, fontSize) > limit) return limit;
    return measurer.width(value, fontSize);
  };
  installed = true;
}
