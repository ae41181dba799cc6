import { FolioRelatedPosts } from './related-posts.js';

export { FolioRelatedPosts };
export type { RelatedItem, RelatedLayout, RelatedClickDetail } from './related-posts.js';
FolioRelatedPosts.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-related-posts': FolioRelatedPosts;
  }
  interface HTMLElementEventMap {
    'folio-related-click': CustomEvent<import('./related-posts.js').RelatedClickDetail>;
  }
}
