import { FolioCopyrightNotice } from './class.js';

export * from './class.js';
FolioCopyrightNotice.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-copyright-notice': FolioCopyrightNotice;
  }
}
