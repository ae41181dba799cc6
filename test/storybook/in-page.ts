/**
 * The source of `fn` called with `arg`, for Playwright's `page.evaluate`.
 * tsx compiles test files with esbuild's keepNames, whose `__name(fn, "name")`
 * calls travel with a function's source into the page: the page gets the
 * helper too (names do not matter there). Passing the function itself would
 * fail there with "__name is not defined".
 */
export const inPage = (fn: (...args: never[]) => unknown, arg?: unknown): string =>
  `var __name = (f) => f; (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
