import sharp from 'sharp';
import { PALETTE_PNG_OPTIONS } from './palette-png.ts';

/** Width and height of a PNG; undefined when the bytes are not a PNG. */
export async function readPngSize(png: Buffer): Promise<{ width: number; height: number } | undefined> {
  try {
    const { format, width, height } = await sharp(png).metadata();
    return format === 'png' ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/** A smaller copy of a PNG, `width` pixels wide with the aspect ratio kept, again as a palette PNG. */
export function downscalePng(png: Buffer, width: number): Promise<Buffer> {
  return sharp(png).resize({ width: Math.round(width), kernel: 'lanczos3' }).png(PALETTE_PNG_OPTIONS).toBuffer();
}
