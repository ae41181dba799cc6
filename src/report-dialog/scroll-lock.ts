/**
 * Keeps the page behind a modal dialog from scrolling. A native modal dialog
 * makes the page inert but still lets the wheel and touch scroll it, which
 * loses the reader's place. Hiding the root's overflow removes the scroll bar,
 * which would shift the whole page sideways; reserving the gutter
 * (`scrollbar-gutter: stable`) keeps its width. The inline values the page had
 * are put back exactly, and nested locks (two dialogs) count. Returns the
 * release, to be called once.
 */
/** Per document: how many dialogs hold the lock, and the root's inline values before the first. */
const locks = new WeakMap<Document, { count: number; overflow: string; scrollbarGutter: string }>();

export function lockScroll(doc: Document = document): () => void {
  const root = doc.documentElement;
  const existing = locks.get(doc);
  if (existing) {
    existing.count++;
  } else {
    const hadScrollbar = (doc.defaultView?.innerWidth ?? 0) > root.clientWidth;
    locks.set(doc, { count: 1, overflow: root.style.overflow, scrollbarGutter: root.style.scrollbarGutter });
    if (hadScrollbar && getComputedStyle(root).scrollbarGutter === 'auto') root.style.scrollbarGutter = 'stable';
    root.style.overflow = 'hidden';
  }
  // Called once: the dialog forgets the release function as it calls it.
  return () => {
    const lock = locks.get(doc);
    if (!lock || --lock.count > 0) return;
    locks.delete(doc);
    root.style.overflow = lock.overflow;
    root.style.scrollbarGutter = lock.scrollbarGutter;
    if (root.getAttribute('style') === '') root.removeAttribute('style');
  };
}
