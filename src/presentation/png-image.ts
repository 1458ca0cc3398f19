import { Resvg } from '@resvg/resvg-js';
import { encodePalettePng } from './palette-png.ts';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function readPngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A smaller copy of a PNG, `width` pixels wide with the aspect ratio kept (drawn by resvg). */
export function downscalePng(png: Buffer, width: number): Buffer {
  const size = readPngSize(png);
  if (!size) throw new Error('Not a PNG image');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.width}" height="${size.height}">` +
    `<image width="${size.width}" height="${size.height}" image-rendering="optimizeQuality" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: Math.round(width) }, font: { loadSystemFonts: false } });
  const rendered = resvg.render();
  return encodePalettePng({ width: rendered.width, height: rendered.height, pixels: rendered.pixels });
}
