import { FolioPostNav } from './class.js';

export * from './class.js';
FolioPostNav.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-post-nav': FolioPostNav;
  }
}
