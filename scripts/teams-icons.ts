import { PNG } from 'pngjs';

/**
 * The Teams app icons, drawn from one shape: a target (two rings and a bullseye), the OKR
 * "aim". Teams asks for a 192×192 full-colour icon and a 32×32 outline icon that is white on a
 * transparent background (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package).
 */

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

const ACCENT = { r: 0x2f, g: 0x5d, b: 0x8a };
const WHITE = { r: 0xff, g: 0xff, b: 0xff };

/** Radii as fractions of the icon's half width: [inner, outer] of each ring, then the bullseye. */
const RINGS: ReadonlyArray<readonly [number, number]> = [
  [0.62, 0.78],
  [0.3, 0.46],
];
const BULLSEYE = 0.16;

const SUPERSAMPLES = 4;

/** How much of the pixel (x, y) the target covers, 0..1, by supersampling. */
function targetCoverage(x: number, y: number, size: number): number {
  const half = size / 2;
  let inside = 0;
  for (let sy = 0; sy < SUPERSAMPLES; sy++) {
    for (let sx = 0; sx < SUPERSAMPLES; sx++) {
      const px = x + (sx + 0.5) / SUPERSAMPLES;
      const py = y + (sy + 0.5) / SUPERSAMPLES;
      const r = Math.hypot(px - half, py - half) / half;
      if (r <= BULLSEYE || RINGS.some(([inner, outer]) => r >= inner && r <= outer)) inside++;
    }
  }
  return inside / (SUPERSAMPLES * SUPERSAMPLES);
}

function draw(
  size: number,
  pixel: (coverage: number) => { r: number; g: number; b: number; a: number },
): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const { r, g, b, a } = pixel(targetCoverage(x, y, size));
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

/** 192×192, opaque: a white target on the accent colour. */
export function renderColorIcon(): Buffer {
  return draw(COLOR_ICON_SIZE, (c) => ({
    r: Math.round(ACCENT.r + (WHITE.r - ACCENT.r) * c),
    g: Math.round(ACCENT.g + (WHITE.g - ACCENT.g) * c),
    b: Math.round(ACCENT.b + (WHITE.b - ACCENT.b) * c),
    a: 255,
  }));
}

/** 32×32: every pixel is white; only its alpha varies (transparent background, smooth edges). */
export function renderOutlineIcon(): Buffer {
  return draw(OUTLINE_ICON_SIZE, (c) => ({ ...WHITE, a: Math.round(255 * c) }));
}
