/**
 * `folio-elements/section-heading/class`: the `<folio-section-heading>` class alone. Importing it
 * registers no tag, so a site can register it under another name or in a
 * scoped registry (`FolioSectionHeading.define(name?, registry?)`), or subclass it first.
 * `folio-elements/section-heading` is the same, registered as `<folio-section-heading>`.
 */
import type { FolioLinkCopyDetail } from './section-heading.js';

export { FolioSectionHeading } from './section-heading.js';
export type { FolioLinkCopyDetail } from './section-heading.js';

// The tag's events, typed wherever a listener is added: on the element, the document or the window.
declare global {
  interface GlobalEventHandlersEventMap {
    'folio-link-copy': CustomEvent<FolioLinkCopyDetail>;
  }
}
