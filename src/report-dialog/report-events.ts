import type { ReportPayload } from '../report/types.js';

/** The details of the events <folio-report-dialog> dispatches. */

/** Where a request to close came from, as `folio-report-close-request` reports it. */
export type CloseSource = 'button' | 'keyboard' | 'overlay';

/** The detail of `folio-report-close-request` (cancelable): where the request to close came from. */
export interface ReportCloseRequestDetail {
  source: CloseSource;
}

/** The detail of `folio-report-submit`: the report, and a way for the host to send it itself. */
export interface ReportSubmitDetail {
  payload: ReportPayload;
  /**
   * Call during the event with a promise that resolves to `{ id }` once the
   * host has stored the report, or rejects if it could not: the dialog shows
   * progress, then success or an error with a retry.
   */
  respondWith(answer: Promise<{ id?: string } | void> | { id?: string } | void): void;
}

export interface ReportSuccessDetail {
  id?: string;
  payload: ReportPayload;
}

/** Why a report was not sent: the kind of failure, and the HTTP status when there was one. */
export interface ReportErrorDetail {
  status?: number;
  error: 'invalid' | 'rate-limited' | 'rejected' | 'server-error' | 'network' | 'timeout' | 'host' | 'not-configured';
  /** The exception behind a network or host failure. */
  cause?: unknown;
}
