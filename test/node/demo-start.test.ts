// `npm start` as a newcomer meets it: the demo server (demo/vite.config.ts)
// started with an empty dependency cache, as on a fresh clone, then every page
// the demo index links, the React and Vue examples included, opened in
// Chromium. Each answers 200 and leaves a clean console: no error, no warning
// but Lit's own development-build notice, no failed request (a favicon
// included), nothing from dist/ (a fresh clone has none), one Lit, every tag
// defined, and Vite neither complains nor discovers a dependency late (which
// reloads the page under the reader).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { launchChromium } from '../../bench/support/browser.js';
import { root } from './packaging-build.js';

/** What the libraries' development builds print on every page, and nothing else may. */
const EXPECTED_NOTICES = [/^Lit is in dev mode\. Not recommended for production!/];

let server: ViteDevServer;
let origin: string;
let browser: Browser;
const serverLog: string[] = [];
mkdirSync(join(root, '.tmp'), { recursive: true });
const cacheDir = mkdtempSync(join(root, '.tmp', 'demo-start-vite-'));

before(
  async () => {
    // The demo's report endpoint would use a developer's PostgreSQL when this is set: this test is about the pages.
    delete process.env.FOLIO_REPORTS_DATABASE_URL;
    const logger = createLogger('info', { allowClearScreen: false });
    for (const level of ['info', 'warn', 'warnOnce', 'error'] as const) {
      logger[level] = (message: string) => void serverLog.push(`${level}: ${message}`);
    }
    server = await createServer({
      configFile: join(root, 'demo/vite.config.ts'),
      customLogger: logger,
      // A cache of its own, empty: what a fresh clone's first `npm start` does.
      cacheDir,
      server: { port: 0, strictPort: false, host: '127.0.0.1' },
    });
    await server.listen();
    const address = server.httpServer!.address();
    assert.ok(address && typeof address === 'object');
    origin = `http://127.0.0.1:${address.port}`;
    browser = await launchChromium();
  },
  { timeout: 120_000 },
);

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The demo index and every demo page it links. */
async function demoPages(): Promise<string[]> {
  const index = await (await fetch(`${origin}/demo/index.html`)).text();
  return ['/', ...new Set([...index.matchAll(/href="(\/demo\/[^"]+\.html)"/g)].map((m) => m[1]!))];
}

interface Visit {
  status: number;
  problems: string[];
  litVersions: number[];
  undefinedTags: string[];
  tags: number;
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (['error', 'warning'].includes(message.type()) && !EXPECTED_NOTICES.some((n) => n.test(text)))
      problems.push(`console.${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  // The demo runs from src/: a module from dist/ means `folio-elements/…` resolved through the package's
  // own exports, which a fresh clone (no dist/ yet) cannot do.
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/dist/')) problems.push(`from dist/: ${request.url()}`);
  });
  try {
    // networkidle: the lazy parts and the report form's idle preload have been fetched too. The first page
    // of a fresh clone waits for Vite to transform every module it imports, which on a loaded machine took
    // longer than Playwright's default 30 s (the test's budget is 300 s).
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle', timeout: 120_000 });
    // On a loaded machine the modules may still be evaluating when the network has gone quiet: give the
    // tags time to be defined (the assertion below still fails if one never is).
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('*')].every(
            (el) => !el.localName.startsWith('folio-') || customElements.get(el.localName),
          ),
        null,
        { timeout: 20_000 },
      )
      .catch(() => undefined);
    const state = await page.evaluate(() => {
      const versions = globalThis as { litHtmlVersions?: string[]; litElementVersions?: string[] };
      const tags = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('folio-'));
      return {
        litVersions: [versions.litHtmlVersions?.length ?? 0, versions.litElementVersions?.length ?? 0],
        undefinedTags: tags.filter((el) => !customElements.get(el.localName)).map((el) => el.localName),
        tags: tags.length,
      };
    });
    return { status: response?.status() ?? 0, problems, ...state };
  } finally {
    await page.close();
  }
}

describe('npm start on a fresh clone', () => {
  test('the index links every demo page, the React and Vue examples included', async () => {
    const pages = await demoPages();
    for (const page of [
      '/demo/seed-article.html',
      '/demo/ssr/seed-article.html',
      '/demo/react/index.html',
      '/demo/vue/index.html',
    ])
      assert.ok(pages.includes(page), `${page} is linked from the index`);
  });

  test('every page answers 200 with a clean console, one Lit and every tag defined', { timeout: 300_000 }, async () => {
    const pages = await demoPages();
    for (const path of pages) {
      const result = await visit(path);
      assert.equal(result.status, 200, path);
      assert.deepEqual(result.problems, [], `${path}: console and network`);
      if (path === '/') continue; // the index lists pages; it has no tags
      assert.ok(result.tags > 0, `${path} has tags`);
      assert.deepEqual(result.undefinedTags, [], `${path}: every folio- tag is defined`);
      assert.deepEqual(result.litVersions, [1, 1], `${path}: one lit-html and one LitElement`);
    }
  });

  test('Vite found every dependency at start: no scan error, no warning, no late discovery that reloads a page', () => {
    const complaints = serverLog.filter(
      (line) => /^(warn|warnOnce|error):/.test(line) || /new dependencies optimized|reloading/.test(line),
    );
    assert.deepEqual(complaints, []);
  });
});
