/**
 * Locale, direction and theme come from ancestors' attributes (`lang`, `dir`,
 * `data-folio-theme`), which a page can change at any time. Rather than one
 * MutationObserver per element, one observer watches those three attributes
 * across the document (and any shadow root an element sits in) and tells every
 * subscribed controller to look again; each re-resolves with a short walk up.
 */
const WATCHED = ['lang', 'dir', 'data-folio-theme'];
const subscribers = new Set<() => void>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function notifyAll(): void {
  for (const subscriber of subscribers) subscriber();
}

/** The next node up, stepping out of shadow roots to their hosts. */
export function composedParent(node: Node): Node | null {
  return node instanceof ShadowRoot ? node.host : node.parentNode;
}

/** The nearest value of `attribute` on `element` or an ancestor, crossing shadow roots. */
export function closestAttribute(element: Element, attribute: string): string | undefined {
  for (let node: Node | null = element; node; node = composedParent(node)) {
    if (node instanceof Element) {
      const value = node.getAttribute(attribute);
      if (value !== null && value.trim() !== '') return value.trim();
    }
  }
  return undefined;
}

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(notifyAll);
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: WATCHED });
}

/** Calls `onChange` whenever `lang`, `dir` or `data-folio-theme` changes anywhere above `element`. */
export function watchContext(element: Element, onChange: () => void): () => void {
  observe(element.ownerDocument.documentElement);
  for (let node: Node | null = element; node; node = composedParent(node)) {
    if (node instanceof ShadowRoot) observe(node);
  }
  subscribers.add(onChange);
  return () => subscribers.delete(onChange);
}
