/**
 * `folio-elements/post-nav/class`: the `<folio-post-nav>` class alone. Importing it
 * registers no tag, so a site can register it under another name or in a
 * scoped registry (`FolioPostNav.define(name?, registry?)`), or subclass it first.
 * `folio-elements/post-nav` is the same, registered as `<folio-post-nav>`.
 */
import type { FolioNavigateDetail } from './post-nav.js';

export { FolioPostNav } from './post-nav.js';
export type { FolioNavigateDetail } from './post-nav.js';

// The tag's events, typed wherever a listener is added: on the element, the document or the window.
declare global {
  interface GlobalEventHandlersEventMap {
    'folio-navigate': CustomEvent<FolioNavigateDetail>;
  }
}
