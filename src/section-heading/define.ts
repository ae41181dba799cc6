import { FolioSectionHeading } from './class.js';

export * from './class.js';
FolioSectionHeading.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-section-heading': FolioSectionHeading;
  }
}
