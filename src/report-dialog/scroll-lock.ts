/**
 * Keeps the page behind a modal dialog from scrolling. A native modal dialog
 * makes the page inert but still lets the wheel and touch scroll it, which
 * loses the reader's place. Hiding the root's overflow removes the scroll bar,
 * which would shift the whole page sideways; reserving the gutter
 * (`scrollbar-gutter: stable`) keeps its width. The inline values the page had
 * are put back exactly, and nested locks (two dialogs) count.
 */
interface Saved {
  overflow: string;
  scrollbarGutter: string;
}

const locks = new WeakMap<Document, { count: number; saved: Saved }>();

export function lockScroll(doc: Document = document): () => void {
  const root = doc.documentElement;
  const existing = locks.get(doc);
  if (existing) {
    existing.count++;
  } else {
    const view = doc.defaultView;
    const hadScrollbar = view ? view.innerWidth - root.clientWidth > 0 : false;
    locks.set(doc, { count: 1, saved: { overflow: root.style.overflow, scrollbarGutter: root.style.scrollbarGutter } });
    if (hadScrollbar && getComputedStyle(root).scrollbarGutter === 'auto') root.style.scrollbarGutter = 'stable';
    root.style.overflow = 'hidden';
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const lock = locks.get(doc);
    if (!lock || --lock.count > 0) return;
    locks.delete(doc);
    root.style.overflow = lock.saved.overflow;
    root.style.scrollbarGutter = lock.saved.scrollbarGutter;
    if (root.getAttribute('style') === '') root.removeAttribute('style');
  };
}
