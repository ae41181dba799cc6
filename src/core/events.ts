/**
 * Dispatches a `folio-*` event the way every tag does: bubbling and composed,
 * so a page can listen on document whatever shadow roots lie between.
 * Returns false when a listener called preventDefault() on a cancelable event.
 */
export function emit<T>(host: HTMLElement, name: `folio-${string}`, detail: T, { cancelable = false } = {}): boolean {
  return host.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}
