/**
 * Test results that always reach the runner. A failed assertion keeps what it
 * compared in `actual` and `expected`, and the runner's page sends its results
 * through the dev server's socket module, which starts with
 * `structuredClone(message)`. A DOM node, a function or a window there throws
 * DataCloneError, the results never arrive, and the file hangs until
 * testsFinishTimeout with the real message lost. This plugin changes that one
 * call, as the module is served, to clone a copy in which whatever cannot be
 * cloned is described in text (an element as the start of its outerHTML), so
 * the failure is reported at once and says what it compared.
 *
 * test/node/runner-dom-failure.test.ts runs a file whose assertion fails on
 * DOM nodes and checks that it is reported, quickly, with its message.
 */
const MODULE = '/__web-dev-server__web-socket.js';
const CALL = 'structuredClone(obj)';

/** Plain script source, appended to the module (function declarations are hoisted). */
const CLONEABLE = String.raw`
function folioCloneable(value, seen = new WeakSet()) {
  try {
    return structuredClone(value);
  } catch {
    // below: describe what cannot be cloned, copy the rest
  }
  if (typeof value === 'function') return '[function ' + (value.name || 'anonymous') + ']';
  if (typeof value !== 'object' || value === null) return String(value);
  if (typeof value.nodeType === 'number' && typeof value.nodeName === 'string') return folioDescribeNode(value);
  if (value.window === value) return '[window]';
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => folioCloneable(item, seen));
  const copy = {};
  for (const key of Object.keys(value)) copy[key] = folioCloneable(value[key], seen);
  return copy;
}

function folioDescribeNode(node) {
  const text = node.nodeType === 1 ? node.outerHTML : node.nodeName + ' ' + JSON.stringify(node.textContent ?? '');
  return text.length > 300 ? text.slice(0, 300) + '…' : text;
}
`;

export function serializableResultsPlugin() {
  return {
    name: 'folio-serializable-results',
    transform(context) {
      if (context.path !== MODULE) return undefined;
      const body = String(context.body);
      // Loud rather than silently useless when the runner's module changes.
      if (!body.includes(CALL))
        throw new Error(`${MODULE} no longer calls ${CALL}: update test/plugins/serializable-results.mjs`);
      return { body: body.replace(CALL, 'folioCloneable(obj)') + CLONEABLE };
    },
  };
}
