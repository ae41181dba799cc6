// An article always has section headings: register their tag too.
import '../section-heading/define.js';
import { FolioArticle } from './article.js';

export { FolioArticle };
export type { ArticleBlock, ArticleInline, ArticleText } from './article.js';
// normalizePunctuationText, a server-side tool the element itself never calls eagerly, is exported by the
// package's main entry and by folio-elements/ssr, so that a page using the tag does not download it.
FolioArticle.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-article': FolioArticle;
  }
}
