/**
 * The browser side of test/plugins/cdp.mjs: what the DevTools protocol says
 * about this page's window, document and heap.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface PageListener {
  type: string;
  useCapture: boolean;
  passive: boolean;
  once: boolean;
  handler: string;
  location: string;
}

export interface GlobalListeners {
  window: PageListener[];
  document: PageListener[];
}

/** Every event listener on window and on document, as DevTools lists them. */
export function globalListeners(): Promise<GlobalListeners> {
  return executeServerCommand<GlobalListeners, undefined>('cdp-event-listeners');
}

/** Bytes of JS heap in use after a full garbage collection. */
export async function heapAfterGc(): Promise<number> {
  const { usedSize } = await executeServerCommand<{ usedSize: number; totalSize: number }, undefined>('cdp-heap');
  return usedSize;
}

/**
 * How many objects are alive after a garbage collection, per name, for
 * prototypes given as expressions evaluated in this page (e.g.
 * `customElements.get('folio-article').prototype`).
 */
export function liveObjects<K extends string>(prototypes: Record<K, string>): Promise<Record<K, number>> {
  return executeServerCommand<Record<K, number>, { prototypes: Record<K, string> }>('cdp-live-objects', { prototypes });
}

/** The listeners of `after` that `before` did not have (same type, phase and handler), for a readable failure. */
export function addedListeners(before: PageListener[], after: PageListener[]): PageListener[] {
  const key = (l: PageListener) => `${l.type}|${l.useCapture}|${l.handler}`;
  const remaining = new Map<string, number>();
  for (const l of before) remaining.set(key(l), (remaining.get(key(l)) ?? 0) + 1);
  return after.filter((l) => {
    const left = remaining.get(key(l)) ?? 0;
    if (left > 0) {
      remaining.set(key(l), left - 1);
      return false;
    }
    return true;
  });
}
