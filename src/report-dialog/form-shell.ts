import type { ReportedPage } from './page.js';
import type { CloseSource } from './report-events.js';

/**
 * What the dialog's shell lends its lazily loaded form, beyond the element's
 * public properties: the few things only the shell knows or does. Types only,
 * so the form's chunk and the shell share no code.
 */
export interface FormShell {
  /** The reported page, read by the shell from `page-url`/`page-title` or the document (again on each opening). */
  readonly page: ReportedPage;
  /** Asks to close, through the cancelable `folio-report-close-request`. */
  requestClose(source: CloseSource): void;
}
