/**
 * `folio-elements/related-posts/class`: the `<folio-related-posts>` class alone. Importing it
 * registers no tag, so a site can register it under another name or in a
 * scoped registry (`FolioRelatedPosts.define(name?, registry?)`), or subclass it first.
 * `folio-elements/related-posts` is the same, registered as `<folio-related-posts>`.
 */
import type { RelatedClickDetail } from './related-posts.js';

export { FolioRelatedPosts } from './related-posts.js';
export type { RelatedItem, RelatedLayout, RelatedClickDetail } from './related-posts.js';

// The tag's events, typed wherever a listener is added: on the element, the document or the window.
declare global {
  interface GlobalEventHandlersEventMap {
    'folio-related-click': CustomEvent<RelatedClickDetail>;
  }
}
