import { FolioPostNav, type FolioNavigateDetail } from './post-nav.js';

export { FolioPostNav, type FolioNavigateDetail };
FolioPostNav.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-post-nav': FolioPostNav;
  }
  interface HTMLElementEventMap {
    'folio-navigate': CustomEvent<FolioNavigateDetail>;
  }
}
