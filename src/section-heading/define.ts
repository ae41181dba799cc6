import { FolioSectionHeading, type FolioLinkCopyDetail } from './section-heading.js';

export { FolioSectionHeading, type FolioLinkCopyDetail };
FolioSectionHeading.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-section-heading': FolioSectionHeading;
  }
  interface HTMLElementEventMap {
    'folio-link-copy': CustomEvent<FolioLinkCopyDetail>;
  }
}
