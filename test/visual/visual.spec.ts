// Screenshots against committed baselines (test/visual/), in Chromium: the
// seed demo page (`npm start`) at 1280 and 390 px, light and dark, and each
// tag's main stories (those tagged `screenshot` in stories/), from the static
// Storybook build (storybook-static/, what CI builds just before; built here
// when it is missing or older than its sources). A change in layout or
// alignment fails, by a single pixel; anti-aliasing does not (screenshots.ts).
//
// Deterministic by construction: one Chromium (the system's), a fixed
// viewport and device scale, the clock fixed at NOW, reduced motion and CSS
// animations off, every custom element updated, fonts and pictures loaded
// (Noto CJK from scripts/system-packages.mjs) before each shot.
//
// After an intended change of the page's look, regenerate every baseline,
// look at them, and commit them with the change:
//
//   npm run test:visual -- --update
//
// On a failure the new screenshot and a picture of the difference (changed
// pixels in red) are written to .tmp/visual/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { launchChromium } from '../../bench/support/browser.js';
import { startStaticServer, type StaticServer } from '../../bench/support/static-server.js';
import { root, TAG_FOLDERS } from '../node/packaging-build.js';
import { comparePngs, MAX_DIFFERING_PIXELS } from './screenshots.js';

const UPDATE = process.argv.includes('--update') || process.env.FOLIO_UPDATE_SCREENSHOTS === '1';
const BASELINES = join(root, 'test/visual');
const OUTPUT = join(root, '.tmp/visual');
const STORYBOOK = join(root, 'storybook-static');
/** Every page sees the same moment (the notice's current year, relative dates), in the seed's time zone. */
const NOW = new Date('2026-06-01T04:00:00Z');

/**
 * The source of `fn` called with `arg`, for `page.evaluate`. tsx compiles with
 * esbuild's keepNames, whose `__name(fn, "name")` calls travel with a
 * function's source into the page: the page gets a stand-in for the helper.
 */
const inPage = (fn: (...args: never[]) => unknown, arg?: unknown): string =>
  `var __name = (f) => f; (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;

let demo: ViteDevServer;
let demoOrigin: string;
let storybook: StaticServer | undefined;
let browser: Browser;
mkdirSync(join(root, '.tmp'), { recursive: true });
const demoData = mkdtempSync(join(root, '.tmp', 'visual-demo-data-'));

/** The newest modification time of the files under `paths` (files or folders of the repository). */
function newest(paths: string[]): number {
  let time = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else time = Math.max(time, stat.mtimeMs);
  };
  for (const path of paths) visit(join(root, path));
  return time;
}

/** storybook-static/, built unless it is there and newer than what it is built from. */
function ensureStorybookBuild(): void {
  const index = join(STORYBOOK, 'index.json');
  const sources = newest(['src', 'stories', '.storybook', 'package-lock.json']);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('# storybook-static/ is missing or stale: npm run build-storybook');
  const built = spawnSync('npm', ['run', 'build-storybook'], { cwd: root, stdio: 'inherit' });
  assert.equal(built.status, 0, 'npm run build-storybook');
}

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
    browser = await launchChromium();
  },
  { timeout: 120_000 },
);

after(async () => {
  await browser?.close();
  await demo?.close();
  await storybook?.close();
  rmSync(demoData, { recursive: true, force: true });
});

/** A browser context at `width` px in `scheme`, its clock fixed at NOW, its animations off. */
async function openContext(width: number, scheme: 'light' | 'dark'): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: scheme,
    reducedMotion: 'reduce',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.clock.setFixedTime(NOW);
  return context;
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

/**
 * Installed before any script of Storybook's preview frame: starts from empty
 * storage (no report draft or remembered reaction left by an earlier story,
 * whatever the order), then notes when the preview has finished the story,
 * or failed to render it, from its channel.
 */
function watchStory(): void {
  sessionStorage.clear();
  localStorage.clear();
  const state: { done: boolean; failure?: string } = { done: false };
  (window as unknown as { __visualStory: typeof state }).__visualStory = state;
  let channel: unknown;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: { on(name: string, fn: () => void): void }) {
      channel = value;
      value.on('storyFinished', () => (state.done = true));
      for (const name of ['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'])
        value.on(name, () => ((state.failure ??= name), (state.done = true)));
    },
  });
}

/** Screenshots the page and compares it with `name`.png, or writes that baseline with --update. */
async function check(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(inPage(settled));
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
        const context = await openContext(width, scheme);
        try {
          const page = await context.newPage();
          await page.goto(`${demoOrigin}/demo/seed-article.html`);
          await check(page, `seed-article-${width}-${scheme}`);
        } finally {
          await context.close();
        }
      });

  test("each tag's main stories (tagged `screenshot`)", { timeout: 900_000 }, async () => {
    ensureStorybookBuild();
    storybook = await startStaticServer(STORYBOOK);
    const index = JSON.parse(readFileSync(join(STORYBOOK, 'index.json'), 'utf8')) as {
      entries: Record<string, { id: string; title: string; type: string; tags?: string[] }>;
    };
    const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.tags?.includes('screenshot'));
    const components = new Set(stories.map((s) => s.title));
    for (const tag of TAG_FOLDERS)
      assert.ok(components.has(`Tags/folio-${tag}`), `folio-${tag} has a story tagged screenshot`);
    const failures: string[] = [];
    // Each story in a freshly loaded frame, so none sees what an earlier one left (one context: its
    // HTTP cache serves Storybook's chunks once). a11y.manual: the a11y addon's automatic axe run
    // (seconds a story, drawing nothing) stays off.
    const context = await openContext(1000, 'light');
    await context.addInitScript(inPage(watchStory));
    try {
      const page = await context.newPage();
      for (const story of stories) {
        await page.goto(`${storybook.origin}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`);
        await page.waitForFunction(
          () => (window as unknown as { __visualStory: { done: boolean } }).__visualStory.done,
        );
        const failure = await page.evaluate(
          () => (window as unknown as { __visualStory: { failure?: string } }).__visualStory.failure,
        );
        if (failure) failures.push(`${story.id}: ${failure}`);
        else await check(page, `story-${story.id}`).catch((error: Error) => failures.push(error.message));
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, []);
  });
});
