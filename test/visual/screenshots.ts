// Comparing a screenshot with its committed baseline, in Chromium itself (its
// PNG decoder and a canvas), so the test needs no image library.
import type { Browser } from 'playwright-core';
import { inPage } from '../storybook/in-page.js';

export interface Comparison {
  /** Both images have the same size. */
  sameSize: boolean;
  width: number;
  height: number;
  /** Pixels that differ beyond anti-aliasing. */
  differing: number;
  /** The differing pixels in red over a faded copy of the new image (PNG), when there are any. */
  diff?: Buffer;
}

/**
 * How far a pixel may change before it counts: a channel may differ by up to
 * COLOUR_TOLERANCE (anti-aliasing drawn a shade lighter or darker), and up to
 * MAX_DIFFERING_PIXELS pixels may differ more (a few stray edge pixels). A
 * pixel is compared with the same pixel only, never with its neighbours: a
 * column moved by one pixel changes every edge of its glyphs and borders,
 * hundreds of pixels by far more than the tolerance, and fails.
 */
export const COLOUR_TOLERANCE = 40;
/** Differing pixels allowed per screenshot: a few stray anti-aliasing pixels, never a moved word. */
export const MAX_DIFFERING_PIXELS = 50;

/** Compares two PNGs in a blank page of `browser`. */
export async function comparePngs(browser: Browser, actual: Buffer, baseline: Buffer): Promise<Comparison> {
  const page = await browser.newPage();
  try {
    const result = (await page.evaluate(
      inPage(diffInPage, { a: actual.toString('base64'), b: baseline.toString('base64'), tolerance: COLOUR_TOLERANCE }),
    )) as Omit<Comparison, 'diff'> & { diff?: string };
    return { ...result, diff: result.diff ? Buffer.from(result.diff, 'base64') : undefined };
  } finally {
    await page.close();
  }
}

/** Runs in the page: decodes both PNGs, counts the pixels that differ beyond anti-aliasing, draws the difference. */
async function diffInPage({ a, b, tolerance }: { a: string; b: string; tolerance: number }) {
  const decode = async (base64: string) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [x, y] = await Promise.all([decode(a), decode(b)]);
  if (x.width !== y.width || x.height !== y.height)
    return { sameSize: false, width: x.width, height: x.height, differing: x.width * x.height };
  const { width, height } = x;
  const close = (p: Uint8ClampedArray, i: number, q: Uint8ClampedArray, j: number) =>
    Math.abs(p[i]! - q[j]!) <= tolerance &&
    Math.abs(p[i + 1]! - q[j + 1]!) <= tolerance &&
    Math.abs(p[i + 2]! - q[j + 2]!) <= tolerance &&
    Math.abs(p[i + 3]! - q[j + 3]!) <= tolerance;
  const out = new ImageData(width, height);
  let differing = 0;
  for (let py = 0; py < height; py++)
    for (let px = 0; px < width; px++) {
      const i = (py * width + px) * 4;
      const same = close(x.data, i, y.data, i);
      if (!same) differing++;
      const grey = (x.data[i]! + x.data[i + 1]! + x.data[i + 2]!) / 3;
      out.data.set(
        same ? [255 - (255 - grey) / 4, 255 - (255 - grey) / 4, 255 - (255 - grey) / 4, 255] : [255, 0, 0, 255],
        i,
      );
    }
  let diff: string | undefined;
  if (differing) {
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.putImageData(out, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
    diff = btoa(binary);
  }
  return { sameSize: true, width, height, differing, diff };
}
