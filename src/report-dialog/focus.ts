const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * The elements Tab visits inside `root`, in order (the dialog uses no positive
 * tabindex; its form gives a radio group's unchosen radios tabindex -1).
 * Hidden ones (display: none, hidden inputs included) have no box.
 */
export function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden',
  );
}
