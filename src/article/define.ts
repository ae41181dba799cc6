// An article always has section headings: register their tag too.
import '../section-heading/define.js';
import { FolioArticle } from './class.js';

export * from './class.js';
FolioArticle.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-article': FolioArticle;
  }
}
