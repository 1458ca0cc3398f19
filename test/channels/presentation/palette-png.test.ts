import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePalettePng } from '../../../src/channels/presentation/palette-png.ts';

/** The largest difference in any channel of any pixel. */
function maxChannelDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

describe('encodePalettePng (sharp)', () => {
  it('writes an indexed-colour PNG that keeps a few colours, including transparency, visibly equal', async () => {
    const pixels = new Uint8Array([255, 255, 255, 255, 91, 95, 199, 255, 232, 116, 59, 128, 0, 0, 0, 0]);
    const png = await encodePalettePng({ width: 2, height: 2, pixels });
    expect(png.readUInt8(25)).toBe(3); // IHDR colour type 3: indexed colour
    const decoded = PNG.sync.read(png);
    expect([decoded.width, decoded.height]).toEqual([2, 2]);
    // The colour of a fully transparent pixel is free; only its alpha counts.
    expect(maxChannelDifference(decoded.data.subarray(0, 12), pixels.subarray(0, 12))).toBeLessThanOrEqual(2);
    expect(decoded.data[15]).toBe(0);
  });

  it('keeps the dominant fills and draws rare shades close to them, within the colour limit', async () => {
    const fills = [[255, 255, 255], [91, 95, 199], [232, 116, 59]];
    const width = 60;
    const pixels = new Uint8Array(width * width * 4);
    for (let i = 0; i < width * width; i++) {
      const [r = 0, g = 0, b = 0] = fills[Math.floor(i / 1200)] ?? [];
      // Every seventh pixel is a slightly different shade, like anti-aliasing at an edge.
      const shade = i % 7 === 0 ? (i % 5) + 1 : 0;
      pixels.set([r - shade * (r > 128 ? 1 : -1), g, b, 255], 4 * i);
    }
    const decoded = PNG.sync.read(await encodePalettePng({ width, height: width, pixels }, 4));
    const colours = new Set<string>();
    for (let i = 0; i < decoded.data.length; i += 4) colours.add(decoded.data.subarray(i, i + 3).join(','));
    expect(colours.size).toBeLessThanOrEqual(4);
    expect(maxChannelDifference(decoded.data, pixels)).toBeLessThanOrEqual(6);
  });
});
