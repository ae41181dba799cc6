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

/** The elements Tab visits inside `root`, in order (the dialog uses no positive tabindex). */
export function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
    if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
    // Only the checked radio of a group takes part in Tab order (or the first, when none is).
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) {
      const group = [...(el.getRootNode() as ParentNode).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
      if (group.some((r) => r.checked) || group[0] !== el) return false;
    }
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  });
}
