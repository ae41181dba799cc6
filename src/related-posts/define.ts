import { FolioRelatedPosts } from './class.js';

export * from './class.js';
FolioRelatedPosts.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-related-posts': FolioRelatedPosts;
  }
}
