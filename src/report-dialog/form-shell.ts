import type { ReactiveControllerHost } from 'lit';
import type { LocaleController } from '../core/locale-controller.js';
import type { ReportedPage } from './page.js';
import type { CloseSource } from './report-events.js';

/**
 * What the dialog's lazily loaded form works with. Types only, so the form's
 * chunk and the shell share no code, and neither imports the other.
 */

/** The element as the form (and the e-mail fallback) reads it: the public face of `<folio-report-dialog>`. */
export interface FormHost extends ReactiveControllerHost, HTMLElement {
  open: boolean;
  action?: string;
  email?: string;
  reasons?: string;
  csrfToken?: string;
  timeout: number;
  minFillTime?: number;
  readonly localize: LocaleController;
  readonly renderRoot: HTMLElement | DocumentFragment;
  openMailto(url: string): void;
}

/** What the shell lends the form beyond the element's public properties: the few things only the shell knows or does. */
export interface FormShell {
  /** The reported page, read by the shell from `page-url`/`page-title` or the document (again on each opening). */
  readonly page: ReportedPage;
  /** Asks to close, through the cancelable `folio-report-close-request`. */
  requestClose(source: CloseSource): void;
}
