import { FolioReactions } from './class.js';

export * from './class.js';
FolioReactions.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-reactions': FolioReactions;
  }
}
