/**
 * `folio-elements/article/class`: the `<folio-article>` class alone. Importing it
 * registers no tag, so a site can register it under another name or in a
 * scoped registry (`FolioArticle.define(name?, registry?)`), or subclass it first.
 * `folio-elements/article` is the same, registered as `<folio-article>`, with
 * `<folio-section-heading>` (which this entry does not register either).
 */
export { FolioArticle } from './article.js';
export type { ArticleBlock, ArticleInline, ArticleText } from './article.js';
// normalizePunctuationText, a server-side tool the element itself never calls eagerly, is exported by the
// package's main entry and by folio-elements/ssr, so that a page using the tag does not download it.
