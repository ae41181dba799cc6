// An article always has section headings: register their tag too.
import '../section-heading/define.js';
import { FolioArticle } from './article.js';

export { FolioArticle };
export type { ArticleBlock, ArticleInline, ArticleText } from './article.js';
export { normalizePunctuationText } from './punctuation.js';
FolioArticle.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-article': FolioArticle;
  }
}
