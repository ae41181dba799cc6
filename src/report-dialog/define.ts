import { FolioReportDialog } from './class.js';

export * from './class.js';
FolioReportDialog.define();

declare global {
  interface HTMLElementTagNameMap {
    'folio-report-dialog': FolioReportDialog;
  }
}
