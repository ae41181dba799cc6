import { FolioReportDialog } from './report-dialog.js';

export { FolioReportDialog };
export type { CloseSource, ReportErrorDetail, ReportSubmitDetail, ReportSuccessDetail } from './report-events.js';
FolioReportDialog.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-report-dialog': FolioReportDialog;
  }
}
