import { readdirSync, writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { cdpPlugin } from './test/plugins/cdp.mjs';

/** Counts results so scripts/test.mjs can print one closing line for browser and Node tests together. */
function countReporter(file) {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no results: count it as a failure rather than as nothing.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)
          totals.failed++;
      }
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

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  middleware: routes,
  // One page at a time: background tabs lose focus and get throttled, which makes
  // focus, keyboard and media-emulation tests flaky.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }), cdpPlugin()],
  browsers: [
    chromeLauncher({
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
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: false }),
    countReporter(process.env.FOLIO_TEST_COUNTS),
  ],
};
