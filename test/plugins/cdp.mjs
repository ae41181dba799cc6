/**
 * DevTools-protocol commands for the browser tests (the lifecycle leak tests
 * in test/reliability/): what a page cannot see about itself, read from
 * Chromium through a CDP session on the test's own page. Call them with
 * `executeServerCommand(name, payload)` from @web/test-runner-commands.
 *
 *   cdp-event-listeners  → { window: Listener[], document: Listener[] }
 *                          every listener on the page's window and document
 *                          (DOMDebugger.getEventListeners), including ones a
 *                          script holds no reference to any more
 *   cdp-heap             → { usedSize, totalSize } of the JS heap, in bytes,
 *                          read right after a full garbage collection
 *   cdp-live-objects     payload { prototypes: { name: expression } }
 *                        → { name: count } objects alive whose prototype chain
 *                          holds the value of `expression` (e.g.
 *                          "MutationObserver.prototype"), after a collection
 *
 * Only the Chrome launcher (puppeteer) is supported: its
 * `session.browser.getPage(id)` is a puppeteer Page.
 */
const GROUP = 'folio-cdp';

/** @typedef {{ type: string, useCapture: boolean, passive: boolean, once: boolean, handler: string, location: string }} Listener */

async function withSession(session, use) {
  if (session.browser.type !== 'puppeteer')
    throw new Error(`the cdp plugin needs the Chrome launcher, not ${session.browser.type}`);
  const page = session.browser.getPage(session.id);
  const cdp = await page.createCDPSession();
  try {
    return await use(cdp);
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => {});
    await cdp.detach().catch(() => {});
  }
}

async function objectId(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, objectGroup: GROUP });
  if (exceptionDetails)
    throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  if (!result.objectId) throw new Error(`${expression} is not an object`);
  return result.objectId;
}

async function listenersOf(cdp, expression) {
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: await objectId(cdp, expression),
    depth: 0,
  });
  return listeners.map((l) => ({
    type: l.type,
    useCapture: l.useCapture,
    passive: l.passive,
    once: l.once,
    // Enough to tell whose listener it is when a test fails.
    handler: (l.handler?.description ?? '').replace(/\s+/g, ' ').slice(0, 120),
    location: `${l.scriptId}:${l.lineNumber}:${l.columnNumber}`,
  }));
}

async function collectGarbage(cdp) {
  // Twice: the first collection can leave objects that only the finalizers of others kept alive.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

export function cdpPlugin() {
  return {
    name: 'folio-cdp',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'cdp-event-listeners':
          return withSession(session, async (cdp) => ({
            window: await listenersOf(cdp, 'window'),
            document: await listenersOf(cdp, 'document'),
          }));
        case 'cdp-heap':
          return withSession(session, async (cdp) => {
            await collectGarbage(cdp);
            const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
            return { usedSize, totalSize };
          });
        case 'cdp-live-objects':
          return withSession(session, async (cdp) => {
            await collectGarbage(cdp);
            const counts = {};
            for (const [name, expression] of Object.entries(payload?.prototypes ?? {})) {
              const { objects } = await cdp.send('Runtime.queryObjects', {
                prototypeObjectId: await objectId(cdp, expression),
                objectGroup: GROUP,
              });
              const { result } = await cdp.send('Runtime.callFunctionOn', {
                objectId: objects.objectId,
                functionDeclaration: 'function () { return this.length; }',
                returnByValue: true,
              });
              counts[name] = result.value;
            }
            return counts;
          });
        default:
          return undefined; // not ours: the next plugin may know it
      }
    },
  };
}
