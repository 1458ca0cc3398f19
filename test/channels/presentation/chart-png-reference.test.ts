import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../../../src/channels/presentation/render-chart.ts';
import { groupedBarChart, tenByTenChart, trendLineChart } from './figure-fixtures.ts';

/**
 * reference-charts/ holds the charts as the former hand-written palette encoder wrote them. The
 * sharp encoding must show the same picture: pixel-identical, or a few anti-aliased edge pixels
 * that differ slightly.
 */
const REFERENCES = path.join(import.meta.dirname, 'reference-charts');

function compare(actual: Buffer, reference: Buffer) {
  const a = PNG.sync.read(actual);
  const r = PNG.sync.read(reference);
  expect([a.width, a.height]).toEqual([r.width, r.height]);
  let differingPixels = 0;
  let maxDifference = 0;
  let totalDifference = 0;
  for (let i = 0; i < r.data.length; i += 4) {
    let pixelDiffers = false;
    for (let c = 0; c < 4; c++) {
      const d = Math.abs(a.data[i + c]! - r.data[i + c]!);
      maxDifference = Math.max(maxDifference, d);
      totalDifference += d;
      if (d > 0) pixelDiffers = true;
    }
    if (pixelDiffers) differingPixels++;
  }
  const pixels = r.width * r.height;
  return { differingShare: differingPixels / pixels, maxDifference, meanDifference: totalDifference / (pixels * 4) };
}

describe('charts encoded by sharp against the former encoder', () => {
  for (const [name, chart] of [['grouped-bar', groupedBarChart], ['trend-line', trendLineChart], ['ten-by-ten', tenByTenChart()]] as const) {
    it(`${name}: pixel-identical or visibly equal`, async () => {
      const png = await renderChartPng({ chart });
      const { differingShare, maxDifference, meanDifference } = compare(png, readFileSync(path.join(REFERENCES, `${name}.png`)));
      expect(differingShare).toBeLessThan(0.01);
      expect(maxDifference).toBeLessThanOrEqual(32);
      expect(meanDifference).toBeLessThan(0.05);
    });
  }
});
