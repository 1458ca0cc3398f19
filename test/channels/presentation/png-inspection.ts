import { expect } from 'vitest';
import { PNG } from 'pngjs';

/** The number of distinct RGBA colours in a PNG (stops counting at `limit`). */
export function distinctColours(png: Buffer, limit = 1000): number {
  const { data } = PNG.sync.read(png);
  const seen = new Set<number>();
  for (let i = 0; i < data.length && seen.size < limit; i += 4) {
    seen.add(data.readUInt32BE(i));
  }
  return seen.size;
}

/** Width and height as written in the IHDR chunk. */
export function ihdrSize(png: Buffer): { width: number; height: number } {
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
