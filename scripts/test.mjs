// `npm test`: the whole suite. Browser tests (web-test-runner in Chromium,
// Firefox and WebKit side by side) then Node tests (node:test, for the server
// side), and one closing line that counts both.
//
// The browser tests run in Chromium, Firefox and WebKit; `--browsers webkit` (or
// FOLIO_BROWSERS=chromium,firefox) runs one or some of them while developing
// (docs/development.md, Engines).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { ensureSystemPackages } from './system-packages.mjs';
import { freePort, startWebKitDriver } from './webkit-driver.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const args = process.argv.slice(2);
const browserOnly = args.includes('--browser-only');
const nodeOnly = args.includes('--node-only');
const browsers = takeOption('--browsers') ?? process.env.FOLIO_BROWSERS ?? 'chromium,firefox,webkit';
const passThrough = args.filter((a) => !a.startsWith('--browser-only') && !a.startsWith('--node-only'));
const DIST_IF_STALE = "await (await import('./test/node/packaging-build.ts')).ensureDist();";
const scratch = mkdtempSync(join(tmpdir(), 'folio-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
/** One line per failed test, repeated at the end of the run where a CI log's tail shows it. */
const failures = [];
let failed = false;
let interrupted = false;

// Browsers, fonts, PostgreSQL, PHP and Jinja: installed as root, else the one command to run.
try {
  ensureSystemPackages();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (!nodeOnly) {
  let chrome;
  try {
    chrome = findChromium();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const counts = join(scratch, 'browser.json');
  const env = { ...process.env, CHROME_PATH: chrome, FOLIO_TEST_COUNTS: counts, FOLIO_BROWSERS: browsers };
  let webkit;
  if (browsers.split(',').includes('webkit')) {
    try {
      webkit = await startWebKitDriver();
    } catch (error) {
      console.error(`WebKit could not start: ${error.message}`);
      process.exit(1);
    }
    env.FOLIO_WEBKIT_DRIVER_PORT = String(webkit.port);
  }
  // The drop-in and CSP pages serve dist/: built here, once, when it is missing or stale (as the
  // packaging tests want it too), rather than by the first page that needs it while the three
  // engines wait, which under load costs minutes and times their files out. A run of chosen
  // files (--files) leaves it to those pages, as it needs dist/ rarely.
  if (!passThrough.some((a) => a.startsWith('--files'))) {
    const built = await run(['--import', 'tsx', '--input-type=module', '--eval', DIST_IF_STALE], process.env);
    if (built !== 0) failed = true;
  }
  // tsx lets the runner's config load test routes written in TypeScript; a free
  // port lets several runs share a machine.
  const port = await freePort();
  const status = await run(
    [
      '--import',
      'tsx',
      'node_modules/@web/test-runner/dist/bin.js',
      ...(passThrough.some((a) => a.startsWith('--config')) ? [] : ['--config', 'web-test-runner.config.mjs']),
      '--port',
      String(port),
      ...passThrough,
    ],
    env,
  );
  webkit?.stop();
  if (interrupted) process.exit(130);
  if (existsSync(counts)) {
    const c = JSON.parse(readFileSync(counts, 'utf8'));
    for (const [name, e] of Object.entries(c.engines ?? {}))
      console.log(`browser tests in ${name}: ${e.passed} passed, ${e.failed} failed, ${e.skipped} skipped`);
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
    failures.push(
      ...(c.failures ?? []).map((f) => `${f.engine} ${f.file}: ${f.test}${f.error ? ` — ${f.error}` : ''}`),
    );
  }
  if (status !== 0) failed = true;
}

/** The value of `--name value` or `--name=value`, removed from the arguments. */
function takeOption(name) {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const [arg, next] = args.splice(at, args[at] === name ? 2 : 1);
  return arg === name ? next : arg.slice(name.length + 1);
}

/**
 * Runs the test runner and resolves to its exit status. Ctrl-C or a SIGTERM
 * reaches the runner (which closes its browsers) before this script exits, so
 * the WebKit driver and display are stopped after it, never orphaned. Both
 * reach it as SIGINT: the runner stops on SIGINT, while a SIGTERM left it
 * running its files to the end.
 */
function run(argv, env) {
  const child = spawn(process.execPath, argv, { stdio: 'inherit', env });
  const forward = () => {
    interrupted = true;
    child.kill('SIGINT');
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (signal && !interrupted) console.error(`the test runner was killed by ${signal}`);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Node test files, found without shell globs (Node 20's --test takes no patterns). */
function nodeTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.test\.(ts|mjs|js)$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

const files = browserOnly ? [] : nodeTests('test/node');
if (files.length) {
  const tap = join(scratch, 'node.tap');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { stdio: 'inherit' },
  );
  if (existsSync(tap)) {
    const text = readFileSync(tap, 'utf8');
    const n = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
    totals.passed += n('pass');
    totals.failed += n('fail') + n('cancelled');
    totals.skipped += n('skipped') + n('todo');
    failures.push(...tapFailures(text).map((name) => `node ${name}`));
  }
  if (run.status !== 0) failed = true;
}

/**
 * The failed tests in a node:test TAP report, as "suite › test". TAP names a subtest's
 * suites before it (`# Subtest:`) and reports a suite after its tests, so a failed suite whose
 * failed test is listed already is left out.
 */
function tapFailures(text) {
  const path = [];
  const failed = [];
  for (const line of text.split('\n')) {
    const subtest = /^( *)# Subtest: (.*)$/.exec(line);
    if (subtest) path.splice(subtest[1].length / 4, Infinity, subtest[2]);
    const notOk = /^( *)not ok \d+ - /.exec(line);
    if (notOk) {
      const name = path.slice(0, notOk[1].length / 4 + 1).join(' › ');
      if (!failed.some((f) => f.startsWith(`${name} › `))) failed.push(name);
    }
  }
  return failed;
}

if (failed && totals.failed === 0) totals.failed = 1; // a runner that crashed before counting still fails the line
if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed ? 1 : 0);
