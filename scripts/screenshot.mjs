// Takes a screenshot of a page (or of one element on it) in the system
// Chromium, for looking at what a reader sees:
//   node scripts/screenshot.mjs URL out.png [--width 1000] [--height 800]
//        [--selector 'folio-post-nav'] [--dark] [--no-js]
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs URL out.png [--width N] [--height N] [--selector CSS] [--dark] [--no-js]',
  );
  process.exit(2);
}
const option = (name) => {
  const i = rest.indexOf(`--${name}`);
  return i === -1 ? undefined : rest[i + 1];
};
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(option('width') ?? 1000), height: Number(option('height') ?? 800) });
  if (rest.includes('--no-js')) await page.setJavaScriptEnabled(false);
  if (rest.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.fonts.ready);
  const selector = option('selector');
  if (selector) {
    const element = await page.waitForSelector(selector);
    await element.screenshot({ path: out });
  } else {
    await page.screenshot({ path: out, fullPage: rest.includes('--full') });
  }
  console.log(out);
} finally {
  await browser.close();
}
