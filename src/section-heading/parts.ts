/**
 * The light-DOM parts a section heading puts inside its host, in this order:
 * the `<hN>`, the copy button, the live region. The element builds them in
 * the browser; the server renderer (src/ssr) writes the same markup, and the
 * element adopts what it finds instead of building it again, so a
 * server-rendered heading hydrates without re-creating or moving a node.
 */
import { html } from 'lit';

export const HEADING_CLASS = 'folio-section-heading__heading';
export const COPY_BUTTON_CLASS = 'folio-section-heading__copy';
export const STATUS_CLASS = 'folio-section-heading__status';

/**
 * The copy button's content: a link icon, and a check mark shown while
 * "copied" lasts. Constant markup, never data. The element renders it with
 * Lit, so no string reaches `innerHTML` (a page that requires Trusted Types
 * accepts it); the server renderer writes the same markup as text.
 */
export const COPY_BUTTON_CONTENT = html`<svg class="folio-section-heading__link" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8A3 3 0 0 0 7.2 13l.9-.9" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg><svg class="folio-section-heading__done" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
export const COPY_BUTTON_ICONS = COPY_BUTTON_CONTENT.strings[0]!;

/** Attributes of the live region, besides its class. */
export const STATUS_ATTRIBUTES = { role: 'status', 'aria-live': 'polite' } as const;

/** The server-rendered parts directly inside `host`, when all three are there in order; else null. */
export function findServerParts(
  host: Element,
): { heading: HTMLHeadingElement; button: HTMLButtonElement; status: HTMLElement } | null {
  const [heading, button, status] = host.children;
  if (!heading || !/^h[2-6]$/.test(heading.localName) || !heading.classList.contains(HEADING_CLASS)) return null;
  if (button?.localName !== 'button' || !button.classList.contains(COPY_BUTTON_CLASS)) return null;
  if (!status?.classList.contains(STATUS_CLASS)) return null;
  return { heading: heading as HTMLHeadingElement, button: button as HTMLButtonElement, status: status as HTMLElement };
}
