/**
 * `folio-elements/copyright-notice/class`: the `<folio-copyright-notice>` class alone. Importing it
 * registers no tag, so a site can register it under another name or in a
 * scoped registry (`FolioCopyrightNotice.define(name?, registry?)`), or subclass it first.
 * `folio-elements/copyright-notice` is the same, registered as `<folio-copyright-notice>`.
 */
export { FolioCopyrightNotice } from './copyright-notice.js';
