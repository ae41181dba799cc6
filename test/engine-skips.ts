/**
 * The one list of tests that do not run in every engine, each with its
 * reason. Every other test runs in Chromium, Firefox and WebKit alike; a test
 * named here is reported as skipped (not passed) in the engines it lists.
 */

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine of this page: Firefox and Chromium name themselves; the rest is WebKit (MiniBrowser, Safari). */
export const ENGINE: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

export const ENGINE_SKIPS = {
  /** test/reliability/lifecycle*.test.ts: six tests, one per tag. */
  lifecycle: {
    skipIn: ['firefox', 'webkit'],
    reason:
      'reads every listener on window and document (DOMDebugger.getEventListeners), counts live objects by ' +
      'prototype (Runtime.queryObjects) and the heap after a forced collection (HeapProfiler.collectGarbage) ' +
      'through the DevTools protocol, which Firefox over WebDriver BiDi and WebKit over WebDriver do not offer; ' +
      'without a forced collection a leak cannot be told from garbage not collected yet',
  },
} satisfies Record<string, { skipIn: Engine[]; reason: string }>;

/** `describe`, or `describe.skip` in the engines that `ENGINE_SKIPS[id]` lists. */
export function describeUnlessSkipped(id: keyof typeof ENGINE_SKIPS): Mocha.SuiteFunction | Mocha.PendingSuiteFunction {
  const skip = ENGINE_SKIPS[id];
  return (skip.skipIn as Engine[]).includes(ENGINE) ? describe.skip : describe;
}
