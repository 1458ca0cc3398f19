import { describe, expect, it } from 'vitest';
import { chartFontFiles } from '../../../src/channels/presentation/chart-font.ts';
import { loadTextMeasurer } from '../../../src/channels/presentation/ttf-advance-widths.ts';

describe('loadTextMeasurer', () => {
  const [regular = '', semibold = ''] = chartFontFiles();
  const measurer = loadTextMeasurer(regular);

  it('measures text in proportion to the font size and the number of characters', () => {
    const width = measurer.width('Hollands Kroon', 12);
    expect(width).toBeGreaterThan(60);
    expect(width).toBeLessThan(100);
    expect(measurer.width('Hollands Kroon', 24)).toBeCloseTo(2 * width, 5);
    expect(measurer.width('', 12)).toBe(0);
  });

  it('knows that W is wider than i, and semibold wider than regular', () => {
    expect(measurer.width('W', 12)).toBeGreaterThan(2 * measurer.width('i', 12));
    expect(loadTextMeasurer(semibold).width('Cliënten', 12)).toBeGreaterThan(measurer.width('Cliënten', 12));
  });

  it('has widths for Dutch accents, the euro sign and the en dash', () => {
    for (const char of ['ë', '€', '–', 'é']) expect(measurer.width(char, 12)).toBeGreaterThan(2);
  });
});
