import { readdirSync, writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { MINIBROWSER } from './scripts/webkit-driver.mjs';
import { cdpPlugin } from './test/plugins/cdp.mjs';
import { keysPlugin } from './test/plugins/keys.mjs';
import { serializableResultsPlugin } from './test/plugins/serializable-results.mjs';
import { DEFAULT_VIEWPORT, resizeWebDriverViewport, viewportPlugin } from './test/plugins/viewport.mjs';

/**
 * Counts results, and names the failed ones, so scripts/test.mjs can print one closing
 * summary for browser and Node tests together: a failure is then in the last lines of a
 * long log, where CI shows it, not only among thousands of lines above.
 */
function countReporter(file) {
  const count = (suite, totals, where, path = []) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else {
        totals.failed++;
        where.failures.push({ ...where.at, test: [...path, test.name].join(' › '), error: firstLine(test.error) });
      }
    }
    for (const child of suite?.suites ?? []) count(child, totals, where, [...path, child.name]);
    return totals;
  };
  const firstLine = (error) =>
    String(error?.message ?? error ?? '')
      .split('\n')[0]
      .slice(0, 300);
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, engines: {}, failures: [] };
      for (const session of sessions) {
        const engine = (totals.engines[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0 });
        const at = { engine: session.browser.name, file: session.testFile.replace(process.cwd() + '/', '') };
        count(session.testResults, engine, { at, failures: totals.failures });
        // A file that failed to load, or timed out, has no results: count it as a failure rather than as nothing.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          engine.failed++;
          totals.failures.push({ ...at, test: '(the file)', error: firstLine(session.errors?.[0]) });
        }
      }
      for (const engine of Object.values(totals.engines))
        for (const key of ['passed', 'failed', 'skipped']) totals[key] += engine[key];
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}

/**
 * Test-only HTTP routes: every module in test/routes/ exports a Koa-style
 * middleware (e.g. the real report endpoint with a temporary store, or a
 * related-posts feed that fails on purpose), mounted on the test server so
 * browser tests talk HTTP to real code. The runner is started with tsx, so
 * routes may import TypeScript from src/.
 */
const routeFiles = readdirSync(new URL('./test/routes/', import.meta.url))
  .filter((f) => /\.(ts|mjs|js)$/.test(f))
  .sort();
const routes = await Promise.all(routeFiles.map(async (f) => (await import(`./test/routes/${f}`)).default));

/**
 * WebDriver sessions that start every test file at the Chrome launcher's 800 × 600, as the other
 * engines do, and whose navigation to the file is awaited. Upstream starts it without awaiting
 * (`SessionManager.queueStartSession`), so a navigation that failed — to a MiniBrowser that an
 * earlier file had hung — was an unhandled rejection that stopped the whole run, every engine's
 * results lost, with the exit code 1. Awaited, it fails that file and the run goes on.
 */
class WebKitLauncher extends WebdriverLauncher {
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    await resizeWebDriverViewport(this.driver, DEFAULT_VIEWPORT);
    await this.driverManager.startSession(id, url);
  }

  /**
   * Ends a file's session; upstream then navigates to about:blank. MiniBrowser now and then never answers
   * that navigation (seen in every whole run here, after a different small file each time), and the
   * error counted as the run's: exit code 1 with every test passed. The file's results are in by then,
   * and the next file's navigation replaces the page, so the run goes on and says so.
   */
  async stopSession(id) {
    try {
      return await super.stopSession(id);
    } catch (error) {
      this.driverManager.urlMap.delete(id);
      console.warn(`WebKit did not leave a test page: ${String(error?.message ?? error).split('\n')[0]}`);
      return {};
    }
  }
}

/**
 * A page for Chromium or Firefox whose navigations (to each test file, and to
 * about:blank after it) may take what a busy machine needs: past puppeteer's
 * default of 30 s, the error escapes the launcher and stops the whole run,
 * every engine's results lost. A page that never loads still fails its file
 * (testsStartTimeout, testsFinishTimeout).
 */
async function patientPage({ context }) {
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(180_000);
  return page;
}

/**
 * The three engines readers use, each from Debian (never a downloaded build).
 * `npm test` runs all three; `npm test -- --browsers firefox` (or
 * FOLIO_BROWSERS=firefox) one or some of them.
 */
const LAUNCHERS = {
  chromium: () =>
    chromeLauncher({
      createPage: patientPage,
      launchOptions: {
        executablePath: findChromium({ install: false }),
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  // Firefox ESR through puppeteer over WebDriver BiDi: no driver binary, no display.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      createPage: patientPage,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver, which scripts/test.mjs starts on a virtual display.
  webkit: () => {
    const port = Number(process.env.FOLIO_WEBKIT_DRIVER_PORT);
    if (!port) throw new Error('WebKit runs through `npm test` (scripts/test.mjs starts its driver and display)');
    return new WebKitLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      // MiniBrowser now and then never answers the navigation to about:blank that ends a file (see
      // stopSession above), and each such command waited 120 s (the default), and again for each of three
      // retries. A command that hangs now fails after 60 s, once.
      connectionRetryTimeout: 60_000,
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
  },
};
// scripts/test.mjs always names the engines (all three unless told otherwise); the runner started
// directly, without WebKit's driver, runs Chromium.
const ENGINES = (process.env.FOLIO_BROWSERS || 'chromium').split(',').map((name) => name.trim());
for (const engine of ENGINES)
  if (!LAUNCHERS[engine]) throw new Error(`unknown browser "${engine}": use ${Object.keys(LAUNCHERS).join(', ')}`);

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  middleware: routes,
  // One page at a time: background tabs lose focus and get throttled, which makes
  // focus, keyboard and media-emulation tests flaky.
  concurrency: 1,
  browserStartTimeout: 60_000,
  // A page's modules are compiled and served while the other engines run: under load a test file's
  // first module can take longer than the runner's default 20 s to start.
  testsStartTimeout: 60_000,
  // A file's budget: the longest is a lifecycle file (10,000 cycles of the article or the report
  // dialog, minutes on a loaded machine). A failed assertion no longer hangs a file
  // (serializableResultsPlugin), so this bounds only a real hang.
  testsFinishTimeout: 360_000,
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    serializableResultsPlugin(),
    keysPlugin(),
    viewportPlugin(),
    cdpPlugin(),
  ],
  browsers: ENGINES.map((engine) => LAUNCHERS[engine]()),
  // Each engine runs its files one at a time, the engines side by side.
  concurrentBrowsers: ENGINES.length,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // A test's budget: the three engines share two cores (and, on a developer's machine, other runs), so
  // an axe pass over the seed article or a story in its frame can take tens of seconds. A test that
  // waits for something that never comes fails sooner, with its own message (test/helpers/wait.ts).
  testFramework: { config: { timeout: 30_000 } },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    countReporter(process.env.FOLIO_TEST_COUNTS),
  ],
};
