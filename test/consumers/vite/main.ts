// A plain Vite app: the preflight stylesheet, one tag registered by its entry,
// another registered under the site's own name from its class-only entry, a
// locale of the site's own, and the README's document-level listener.
import 'folio-elements/folio.css';
import 'folio-elements/post-nav';
import { FolioRelatedPosts } from 'folio-elements/related-posts/class';
import { registerLocale } from 'folio-elements/helpers';
import type { FolioNavigateDetail } from 'folio-elements/post-nav';

registerLocale('fr', { postNavPrevious: 'Article précédent', postNavNext: 'Article suivant' });
FolioRelatedPosts.define('site-related-posts');

document.addEventListener('folio-navigate', (event) => {
  event.preventDefault(); // a single-page site routes itself
  const detail: FolioNavigateDetail = event.detail;
  document.body.dataset['navigated'] = `${detail.direction} ${new URL(detail.href).pathname}`;
});
