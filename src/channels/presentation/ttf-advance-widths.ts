import { readFileSync } from 'node:fs';

/** Measures text set in one TrueType font, from the advance widths in its `hmtx` table (no kerning). */
export interface TextMeasurer {
  /** Width in pixels of `text` at `fontSize` pixels. */
  width(text: string, fontSize: number): number;
}

/** Reads a TTF file's `head`, `hhea`, `hmtx` and `cmap` (format 4) tables into a text measurer. */
export function loadTextMeasurer(ttfPath: string): TextMeasurer {
  const font = readFileSync(ttfPath);
  const tables = readTableDirectory(font);
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`Font ${ttfPath} has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metricCount = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphOf = readCmapFormat4(font, table('cmap'));
  const advance = (glyph: number): number => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricCount - 1));
  const cache = new Map<number, number>();
  const codePointUnits = (codePoint: number): number => {
    let units = cache.get(codePoint);
    if (units === undefined) {
      units = advance(glyphOf(codePoint));
      cache.set(codePoint, units);
    }
    return units;
  };
  return {
    width(text, fontSize) {
      let units = 0;
      for (const char of text) units += codePointUnits(char.codePointAt(0) ?? 0);
      return (units / unitsPerEm) * fontSize;
    },
  };
}

function readTableDirectory(font: Buffer): Map<string, number> {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  return tables;
}

/** The Unicode BMP mapping (platform 3, encoding 1, format 4): code point → glyph id, 0 when absent. */
function readCmapFormat4(font: Buffer, cmap: number): (codePoint: number) => number {
  const count = font.readUInt16BE(cmap + 2);
  let subtable = -1;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    if (((platform === 3 && encoding === 1) || platform === 0) && font.readUInt16BE(offset) === 4) subtable = offset;
  }
  if (subtable < 0) throw new Error('Font has no format 4 cmap subtable');
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const endCodes = subtable + 14;
  const startCodes = endCodes + 2 * segments + 2;
  const idDeltas = startCodes + 2 * segments;
  const idRangeOffsets = idDeltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (font.readUInt16BE(endCodes + 2 * i) < codePoint) continue;
      const start = font.readUInt16BE(startCodes + 2 * i);
      if (start > codePoint) return 0;
      const delta = font.readUInt16BE(idDeltas + 2 * i);
      const rangeOffsetAt = idRangeOffsets + 2 * i;
      const rangeOffset = font.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsetAt + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
