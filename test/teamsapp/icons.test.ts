import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/draw-icons.ts';
import { validateIcons } from '../../scripts/teams-package/validate-manifest.ts';
import { APP_DIR } from './paths.ts';

const readIcon = (name: string) => readFileSync(path.join(APP_DIR, name));

describe('teamsapp icons', () => {
  it('color.png is 192×192, opaque inside and more than one colour', () => {
    const png = PNG.sync.read(readIcon('color.png'));
    expect([png.width, png.height]).toEqual([192, 192]);
    const centre = (96 * 192 + 40) * 4;
    expect(png.data[centre + 3]).toBe(255);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(10);
  });

  it('outline.png is 32×32 with only white or fully transparent pixels, and draws something', () => {
    const png = PNG.sync.read(readIcon('outline.png'));
    expect([png.width, png.height]).toEqual([32, 32]);
    let visible = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a !== 0) {
        expect([r, g, b]).toEqual([255, 255, 255]);
        visible++;
      }
    }
    expect(visible).toBeGreaterThan(32 * 32 * 0.15);
    expect(visible).toBeLessThan(32 * 32 * 0.8);
    expect(png.data[3]).toBe(0); // corner stays transparent
  });

  it('validateIcons accepts the committed icons', () => {
    expect(validateIcons(readIcon('color.png'), readIcon('outline.png'))).toEqual([]);
  });

  it('validateIcons reports wrong sizes, non-white outline pixels and non-PNG data', () => {
    const coloured = new PNG({ width: 32, height: 32 });
    coloured.data.fill(0);
    coloured.data.set([10, 120, 130, 255], 0);
    const problems = validateIcons(PNG.sync.write(coloured), Buffer.from('not a png'));
    expect(problems).toEqual([
      'icons.color: moet 192×192 pixels zijn, is 32×32',
      'icons.outline: is geen geldig PNG-bestand',
    ]);
    expect(validateIcons(readIcon('color.png'), PNG.sync.write(coloured))).toEqual([
      'icons.outline: mag alleen witte pixels op een transparante achtergrond bevatten',
    ]);
  });
});

describe('scripts/draw-icons.ts', () => {
  it('reproduces the committed icons exactly (run it again after changing the drawing)', () => {
    expect(PNG.sync.write(drawColorIcon()).equals(readIcon('color.png'))).toBe(true);
    expect(PNG.sync.write(drawOutlineIcon()).equals(readIcon('outline.png'))).toBe(true);
  });
});
