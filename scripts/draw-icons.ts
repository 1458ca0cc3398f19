/**
 * Draws the two Teams app icons for Stelselwijzer with plain geometry and writes them to teamsapp/:
 * - color.png   192×192: a deep teal rounded square with a white signpost ("wijzer").
 * - outline.png  32×32: the same signpost in white on a fully transparent background.
 *
 * Run with `npx tsx scripts/draw-icons.ts`. Anti-aliasing comes from supersampling each pixel; the
 * output is deterministic, and a test checks that the committed PNGs match it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];
/** Tells whether a point in unit coordinates (0..1, y pointing down) lies inside a shape. */
type Shape = (x: number, y: number) => boolean;

const SUBSAMPLES = 6;
const WHITE: Rgb = [255, 255, 255];
const TEAL_TOP: Rgb = [18, 128, 140];
const TEAL_BOTTOM: Rgb = [10, 74, 98];
const POLE_TINT: Rgb = [214, 238, 240];

function polygon(points: readonly Point[]): Shape {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

function union(...shapes: Shape[]): Shape {
  return (x, y) => shapes.some((shape) => shape(x, y));
}

/** The signpost in unit coordinates: a pole with a base, a board pointing right and one pointing left. */
const signpost = {
  pole: union(roundedRect(0.455, 0.1, 0.545, 0.9, 0.04), roundedRect(0.33, 0.85, 0.67, 0.93, 0.035)),
  boards: union(
    polygon([[0.17, 0.18], [0.7, 0.18], [0.84, 0.295], [0.7, 0.41], [0.17, 0.41]]),
    polygon([[0.83, 0.48], [0.3, 0.48], [0.16, 0.595], [0.3, 0.71], [0.83, 0.71]]),
  ),
};

/** Fraction of a pixel's subsamples that fall inside a shape mapped onto the canvas. */
function coverage(shape: Shape, px: number, py: number, toUnit: (v: number) => number): number {
  let hits = 0;
  for (let sy = 0; sy < SUBSAMPLES; sy++) {
    for (let sx = 0; sx < SUBSAMPLES; sx++) {
      const x = toUnit(px + (sx + 0.5) / SUBSAMPLES);
      const y = toUnit(py + (sy + 0.5) / SUBSAMPLES);
      if (shape(x, y)) hits++;
    }
  }
  return hits / (SUBSAMPLES * SUBSAMPLES);
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function setPixel(png: PNG, x: number, y: number, rgb: Rgb, alpha: number): void {
  const i = (png.width * y + x) * 4;
  png.data[i] = Math.round(rgb[0]);
  png.data[i + 1] = Math.round(rgb[1]);
  png.data[i + 2] = Math.round(rgb[2]);
  png.data[i + 3] = Math.round(alpha * 255);
}

/** 192×192 colour icon: gradient rounded square, signpost scaled into the central safe area. */
export function drawColorIcon(size = 192): PNG {
  const png = new PNG({ width: size, height: size });
  const background = roundedRect(0, 0, 1, 1, 0.16);
  const inset = 0.17;
  const toCanvasUnit = (v: number) => v / size;
  const toSignUnit = (v: number) => (v / size - inset) / (1 - 2 * inset);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const bg = coverage(background, x, y, toCanvasUnit);
      let rgb = mix(TEAL_TOP, TEAL_BOTTOM, (x + y) / (2 * size));
      rgb = mix(rgb, POLE_TINT, coverage(signpost.pole, x, y, toSignUnit));
      rgb = mix(rgb, WHITE, coverage(signpost.boards, x, y, toSignUnit));
      setPixel(png, x, y, rgb, bg);
    }
  }
  return png;
}

/** 32×32 outline icon: white signpost, alpha carries the anti-aliasing, everything else transparent. */
export function drawOutlineIcon(size = 32): PNG {
  const png = new PNG({ width: size, height: size });
  const inset = 0.02;
  const toSignUnit = (v: number) => (v / size - inset) / (1 - 2 * inset);
  const whole = union(signpost.pole, signpost.boards);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = coverage(whole, x, y, toSignUnit);
      setPixel(png, x, y, WHITE, alpha);
    }
  }
  return png;
}

function main(): void {
  const appDir = path.resolve(import.meta.dirname, '..', 'teamsapp');
  for (const [name, png] of [['color.png', drawColorIcon()], ['outline.png', drawOutlineIcon()]] as const) {
    const file = path.join(appDir, name);
    writeFileSync(file, PNG.sync.write(png));
    console.log(`Geschreven: ${path.relative(process.cwd(), file)} (${png.width}×${png.height})`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
