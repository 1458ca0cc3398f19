import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePalettePng } from '../../src/presentation/palette-png.ts';

describe('encodePalettePng', () => {
  it('keeps every colour of an image with few colours, including transparency', () => {
    const pixels = new Uint8Array([255, 255, 255, 255, 91, 95, 199, 255, 232, 116, 59, 128, 0, 0, 0, 0]);
    const decoded = PNG.sync.read(encodePalettePng({ width: 2, height: 2, pixels }));
    expect(decoded.width).toBe(2);
    expect(decoded.height).toBe(2);
    expect([...decoded.data]).toEqual([...pixels]);
  });

  it('keeps the dominant colours exact and draws rare shades with their nearest palette colour', () => {
    const fills = [[255, 255, 255], [91, 95, 199], [232, 116, 59]];
    const width = 60;
    const pixels = new Uint8Array(width * width * 4);
    for (let i = 0; i < width * width; i++) {
      const [r = 0, g = 0, b = 0] = fills[Math.floor(i / 1200)] ?? [];
      // Every seventh pixel is a slightly different shade, like anti-aliasing at an edge.
      const shade = i % 7 === 0 ? (i % 5) + 1 : 0;
      pixels.set([r - shade * (r > 128 ? 1 : -1), g, b, 255], 4 * i);
    }
    const decoded = PNG.sync.read(encodePalettePng({ width, height: width, pixels }, 4));
    const colours = new Set<string>();
    for (let i = 0; i < decoded.data.length; i += 4) colours.add(decoded.data.subarray(i, i + 3).join(','));
    expect(colours.size).toBeLessThanOrEqual(4);
    for (const fill of fills) expect(colours).toContain(fill.join(','));
    for (let i = 0; i < pixels.length; i++) expect(Math.abs(decoded.data[i]! - pixels[i]!)).toBeLessThanOrEqual(5);
  });
});
