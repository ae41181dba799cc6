// Screenshots against committed baselines (test/visual/), in Chromium: the
// seed demo page (`npm start`) at 1280 and 390 px, light and dark, and each
// tag's main stories (those tagged `screenshot` in stories/). A change in
// layout or alignment fails; anti-aliasing does not (screenshots.ts).
//
// After an intended change of the page's look, regenerate every baseline and
// commit them with the change:
//
//   npm run test:visual -- --update
//
// On a failure the new screenshot and a picture of the difference (changed
// pixels in red) are written to .tmp/visual/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { launchChromium } from '../../bench/support/browser.js';
import { root } from '../node/packaging-build.js';
import { inPage } from '../storybook/in-page.js';
import { comparePngs, MAX_DIFFERING_PIXELS } from './screenshots.js';
import { recordFrame, storyProbe, type EntryReport } from '../storybook/storybook-probe.js';
import { startStorybook, type StorybookServer } from '../storybook/storybook-server.js';

const UPDATE = process.argv.includes('--update') || process.env.FOLIO_UPDATE_SCREENSHOTS === '1';
const BASELINES = join(root, 'test/visual');
const OUTPUT = join(root, '.tmp/visual');
/** Every page sees the same moment (the notice's current year, relative dates), in the seed's time zone. */
const NOW = new Date('2026-06-01T04:00:00Z');

let demo: ViteDevServer;
let demoOrigin: string;
let storybook: StorybookServer;
let browser: Browser;
mkdirSync(join(root, '.tmp'), { recursive: true });
const demoData = mkdtempSync(join(root, '.tmp', 'visual-demo-data-'));

before(
  async () => {
    delete process.env.FOLIO_REPORTS_DATABASE_URL;
    process.env.FOLIO_DEMO_DATA = demoData;
    demo = await createServer({
      configFile: join(root, 'demo/vite.config.ts'),
      customLogger: createLogger('silent'),
      server: { port: 0, strictPort: false, host: '127.0.0.1' },
    });
    await demo.listen();
    const address = demo.httpServer!.address() as { port: number };
    demoOrigin = `http://127.0.0.1:${address.port}`;
    storybook = await startStorybook();
    browser = await launchChromium();
  },
  { timeout: 240_000 },
);

after(async () => {
  await browser?.close();
  await demo?.close();
  storybook?.stop();
  rmSync(demoData, { recursive: true, force: true });
});

/** A page at `width` px in `scheme`, its clock fixed at NOW, its animations off. */
async function openPage(width: number, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height: 800 },
    colorScheme: scheme,
    reducedMotion: 'reduce',
  });
  await page.clock.setFixedTime(NOW);
  return page;
}

/** Runs in the page: every custom element has finished updating (lazy parts included), and the fonts are in. */
async function settled(): Promise<void> {
  const all = (node: ParentNode): Element[] =>
    [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  for (let round = 0; round < 3; round++)
    await Promise.all(all(document).map((el) => (el as Element & { updateComplete?: unknown }).updateComplete));
  await document.fonts.ready;
  // Pictures decoded (thumbnails in shadow roots too): a shot taken between two images' loads is not the page.
  await Promise.all(
    all(document)
      .filter((el): el is HTMLImageElement => el instanceof HTMLImageElement)
      .map((img) => ((img.loading = 'eager'), img.decode().catch(() => undefined))),
  );
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(inPage(settled));
}

/** Screenshots the page and compares it with `name`.png, or writes that baseline with --update. */
async function check(page: Page, name: string): Promise<void> {
  await settle(page);
  const shot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  const file = join(BASELINES, `${name}.png`);
  if (UPDATE) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(file, shot);
    return;
  }
  assert.ok(existsSync(file), `${name}: no baseline; run npm run test:visual -- --update and commit test/visual/`);
  const result = await comparePngs(browser, shot, readFileSync(file));
  if (result.sameSize && result.differing <= MAX_DIFFERING_PIXELS) return;
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(join(OUTPUT, `${name}.actual.png`), shot);
  if (result.diff) writeFileSync(join(OUTPUT, `${name}.diff.png`), result.diff);
  assert.fail(
    result.sameSize
      ? `${name}: ${result.differing} pixels differ from test/visual/${name}.png (see .tmp/visual/${name}.diff.png)`
      : `${name}: the page is ${result.width}×${result.height} px, not the baseline's size (see .tmp/visual/${name}.actual.png)`,
  );
}

describe('screenshots', () => {
  for (const width of [1280, 390])
    for (const scheme of ['light', 'dark'] as const)
      test(`the seed demo page at ${width} px, ${scheme}`, { timeout: 120_000 }, async () => {
        const page = await openPage(width, scheme);
        try {
          await page.goto(`${demoOrigin}/demo/seed-article.html`);
          await check(page, `seed-article-${width}-${scheme}`);
        } finally {
          await page.close();
        }
      });

  test("each tag's main stories (tagged `screenshot`)", { timeout: 600_000 }, async () => {
    const stories = (await storybook.entries()).filter((e) => e.type === 'story' && e.tags?.includes('screenshot'));
    const components = new Set(stories.map((s) => s.title));
    for (const tag of ['article', 'section-heading', 'post-nav', 'related-posts', 'copyright-notice', 'report-dialog'])
      assert.ok(components.has(`Tags/folio-${tag}`), `folio-${tag} has a story tagged screenshot`);
    const failures: string[] = [];
    // One frame, switching stories as Storybook's sidebar does (see storybook.spec.ts).
    const page = await openPage(1000, 'light');
    await page.addInitScript(inPage(recordFrame));
    await page.goto(`${storybook.origin}/iframe.html?id=${stories[0]!.id}&viewMode=story`, {
      waitUntil: 'domcontentloaded',
      timeout: 180_000,
    });
    try {
      for (const story of stories) {
        const shown = (await page.evaluate(
          inPage(storyProbe, { id: story.id, viewMode: 'story', changeControls: false }),
        )) as EntryReport;
        if (shown.failure) failures.push(`${story.id}: ${shown.failure}`);
        else await check(page, `story-${story.id}`).catch((error: Error) => failures.push(error.message));
      }
    } finally {
      await page.close();
    }
    assert.deepEqual(failures, []);
  });
});
