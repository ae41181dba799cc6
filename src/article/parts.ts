/**
 * The parts the article adds to itself are its direct children marked with
 * `data-folio-article-part` (`header`, `toc` inside it, `body`, `notice`,
 * `structured-data`). Everything else is the author's body, and so is the
 * generated `body` part: the walks over the text and the headings skip the
 * others.
 */
export const PART = 'data-folio-article-part';

/** Marks a header the server rendered (src/ssr): the element hydrates it rather than rendering a new one. */
export const SERVER_RENDERED = 'data-folio-ssr';

/** An owned part other than the body: never counted, rewritten or listed. */
export function isOwnedPart(node: Node): boolean {
  return node instanceof Element && node.hasAttribute(PART) && node.getAttribute(PART) !== 'body';
}

/** The owned part `name` among `host`'s children. */
export function ownPart(host: Element, name: string): HTMLElement | null {
  for (const child of host.children) if (child.getAttribute(PART) === name) return child as HTMLElement;
  return null;
}

/** What can be a section heading of the body: the section-heading tag, and plain <h2>–<h6> (see headings.ts). */
export const HEADINGS = 'folio-section-heading, h2, h3, h4, h5, h6';
