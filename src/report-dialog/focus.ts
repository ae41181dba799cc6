/**
 * Focus helpers for the modal dialog. `document.activeElement` stops at the
 * first shadow host, so the opener inside another component's shadow root
 * (a button in <folio-copyright-notice>) is found by walking down.
 */
export function deepActiveElement(doc: Document = document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== doc.body ? active : null;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * The elements Tab visits inside `root`, in order (the dialog uses no positive
 * tabindex; its form gives a radio group's unchosen radios tabindex -1).
 * Hidden ones (display: none, hidden inputs included) have no box.
 */
export function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
  );
}
