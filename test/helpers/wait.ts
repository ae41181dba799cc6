import { waitUntil as waitUntilQuickly } from '@open-wc/testing';

/**
 * @open-wc's `waitUntil` with room for a busy machine: its default of one
 * second is less than a lazy chunk, a layout or a story can take while three
 * engines share two cores (and other runs share the machine). A condition that
 * never holds still fails with its own message, well inside a test's budget
 * (`testFramework.config.timeout` in web-test-runner.config.mjs); a test that
 * means a shorter wait says so with `{ timeout }`.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilQuickly(predicate, message, { timeout: 15_000, ...options });
}

/**
 * Resolves once `win` has been idle, past the work the tags leave for idle time
 * (src/core/idle.ts): the window's next idle period, or, where requestIdleCallback
 * is missing (WebKit), past the 200 ms timer the tags use instead.
 */
export async function afterIdle(win: Window = window, timeout = 3000): Promise<void> {
  await new Promise((done) => win.setTimeout(done, 300));
  if (typeof win.requestIdleCallback === 'function')
    await new Promise((done) => win.requestIdleCallback(() => done(undefined), { timeout }));
}
