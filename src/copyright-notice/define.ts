import { FolioCopyrightNotice } from './copyright-notice.js';

export { FolioCopyrightNotice };
FolioCopyrightNotice.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-copyright-notice': FolioCopyrightNotice;
  }
}
