/**
 * Runs `callback` once the browser is idle, at the latest after `timeout`
 * milliseconds (a short timer where requestIdleCallback is missing, as in
 * Safari). Returns a function that cancels it: an element removed before
 * then must not keep work, or itself, alive.
 */
export function whenIdle(callback: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(callback, 200);
  return () => clearTimeout(timer);
}
