/**
 * `folio-elements/report-dialog/class`: the `<folio-report-dialog>` class alone. Importing it
 * registers no tag, so a site can register it under another name or in a
 * scoped registry (`FolioReportDialog.define(name?, registry?)`), or subclass it first.
 * `folio-elements/report-dialog` is the same, registered as `<folio-report-dialog>`.
 */
import type {
  ReportSubmitDetail,
  ReportSuccessDetail,
  ReportErrorDetail,
  ReportCloseRequestDetail,
} from './report-events.js';

export { FolioReportDialog } from './report-dialog.js';
export type {
  CloseSource,
  ReportCloseRequestDetail,
  ReportErrorDetail,
  ReportSubmitDetail,
  ReportSuccessDetail,
} from './report-events.js';

// The tag's events, typed wherever a listener is added: on the element, the document or the window.
declare global {
  interface GlobalEventHandlersEventMap {
    'folio-report-submit': CustomEvent<ReportSubmitDetail>;
    'folio-report-success': CustomEvent<ReportSuccessDetail>;
    'folio-report-error': CustomEvent<ReportErrorDetail>;
    'folio-report-close-request': CustomEvent<ReportCloseRequestDetail>;
  }
}
