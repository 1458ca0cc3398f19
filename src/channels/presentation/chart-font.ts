import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The font charts are drawn in, shipped as TTF files by the `source-sans` npm package (Adobe,
 * SIL Open Font License 1.1), so rendering never depends on the fonts a machine happens to have.
 */
export const CHART_FONT_FAMILY = 'Source Sans 3';

const FONT_FILES = ['SourceSans3-Regular.ttf', 'SourceSans3-Semibold.ttf', 'SourceSans3-Bold.ttf'];

let cached: string[] | undefined;

/** Absolute paths of the bundled TTF files (regular, semibold, bold). */
export function chartFontFiles(): string[] {
  if (!cached) {
    const packageDir = dirname(createRequire(import.meta.url).resolve('source-sans/package.json'));
    cached = FONT_FILES.map((file) => join(packageDir, 'TTF', file));
  }
  return cached;
}
