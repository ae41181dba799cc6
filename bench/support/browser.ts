// The system Chromium for the browser benches: through playwright-core for
// the page measurements, and as a plain process with a DevTools port for
// Lighthouse (which drives the browser over that port itself).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

interface FindChromium {
  findChromium(options?: { install?: boolean }): string;
  CHROMIUM_ARGS: string[];
}

// scripts/find-chromium.mjs is plain JavaScript without a declaration file;
// the specifier goes through a variable so TypeScript takes the shape above.
const FIND_CHROMIUM = '../../scripts/find-chromium.mjs';
const { findChromium, CHROMIUM_ARGS } = (await import(FIND_CHROMIUM)) as FindChromium;

export { CHROMIUM_ARGS, findChromium };

/** Headless system Chromium through playwright-core, with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** e.g. "Chromium 142.0.7444.175", from the binary itself (no browser started). */
export function chromiumVersion(): Promise<string> {
  return new Promise((done) => {
    const child = spawn(findChromium(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', () => done('unknown'));
    child.on('close', () => done(out.trim() || 'unknown'));
  });
}

/** The window every browser bench uses: a laptop screen, wide enough for the article's side contents. */
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * The scripts every bench page gets before its own, as one script: Playwright does not define the order of
 * several init scripts, and instrument.js reads the counts intl-counter.js keeps.
 */
const INSTRUMENT = ['intl-counter.js', 'instrument.js']
  .map((name) => readFileSync(fileURLToPath(new URL(`../pages/${name}`, import.meta.url)), 'utf8'))
  .join('\n');

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors: a page that broke is no measurement. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A page in a fresh browser context (empty cache, no service workers, its
 * own renderer), with bench/pages/intl-counter.js and instrument.js injected before any of the
 * page's scripts and its errors collected.
 */
export async function openBenchPage(browser: Browser): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Chromium asks every origin for /favicon.ico; the bench pages have none and that is no error of theirs.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors, close: () => context.close() };
}

export interface DevToolsBrowser {
  port: number;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a DevTools port (chosen by Chromium: port 0)
 * and a throwaway profile, for tools that connect on their own (Lighthouse).
 */
export async function launchWithDevToolsPort(): Promise<DevToolsBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'folio-bench-chromium-'));
  const child = spawn(
    findChromium(),
    [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Chromium's helper processes can still be writing to the profile just after the browser exits
  // (ENOTEMPTY once crashed a Lighthouse run): retry for a while, and never fail the bench over a temp dir.
  const cleanup = () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (error) {
      process.stderr.write(`  could not remove Chromium's temporary profile ${profile}: ${(error as Error).message}\n`);
    }
  };
  let log = '';
  try {
    const port = await new Promise<number>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`Chromium did not open a DevTools port within 30 s:\n${log}`)),
        30_000,
      );
      child.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
        if (found) {
          clearTimeout(timer);
          done(Number(found[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${log}`));
      });
    });
    return {
      port,
      close: () =>
        new Promise<void>((done) => {
          if (child.exitCode !== null) {
            cleanup();
            done();
            return;
          }
          child.once('exit', () => {
            cleanup();
            done();
          });
          child.kill('SIGTERM');
        }),
    };
  } catch (error) {
    child.kill('SIGKILL');
    cleanup();
    throw error;
  }
}
